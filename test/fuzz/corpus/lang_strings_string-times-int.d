	BEGIN { s = "abc"; x = s * 2; exit(0); }

/*
 * Multiplication requires arithmetic operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
