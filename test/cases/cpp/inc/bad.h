/* a header whose third line is a D syntax error */
#define UNUSED 1
inline int broken = 1 + ;
