	int pid;
BEGIN { exit(0); }

/*
 * A built-in variable cannot be redeclared.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
