	BEGIN { x = !"abc"; exit(0); }

/*
 * ! requires a scalar operand; a string is not one.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
