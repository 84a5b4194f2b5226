	typedef int foo_t;
typedef char foo_t;
BEGIN { exit(0); }

/*
 * A typedef name cannot be defined twice.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
