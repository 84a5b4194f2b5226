	BEGIN { s = "a"; x = s & 1; exit(0); }

/*
 * & requires integral operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
