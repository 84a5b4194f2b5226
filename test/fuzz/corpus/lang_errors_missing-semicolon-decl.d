	int x
BEGIN { exit(0); }

/*
 * A declaration must end with a semicolon.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
