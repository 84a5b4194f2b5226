	BEGIN { x = "abc" == 1; exit(0); }

/*
 * A string cannot be compared with a non-zero integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
