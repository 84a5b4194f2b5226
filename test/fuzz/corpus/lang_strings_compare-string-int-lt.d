	BEGIN { s = "abc"; x = 5 < s; exit(0); }

/*
 * Ordering a string against an integer is a type error as well.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
