	BEGIN { s = "a"; s++; exit(0); }

/*
 * ++ requires a scalar operand.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
