	BEGIN { s = "a"; x = -s; exit(0); }

/*
 * Unary minus requires an arithmetic operand.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
