/* included by the -C cases */
#define ANSWER 42
#define GREETING "hello"
