	BEGIN { s = "a"; x = ~s; exit(0); }

/*
 * ~ requires an integral operand.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
