	BEGIN { exit("a"); }

/*
 * The argument of exit() must be an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
