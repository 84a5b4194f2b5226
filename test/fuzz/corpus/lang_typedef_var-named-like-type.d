	typedef int foo_t;
int foo_t;
BEGIN { exit(0); }

/*
 * A variable cannot be declared with the name of a typedef.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
