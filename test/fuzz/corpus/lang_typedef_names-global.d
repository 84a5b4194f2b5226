	int myvar;
typedef int myvar;
BEGIN { exit(0); }

/*
 * A typedef cannot reuse the name of a global variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
