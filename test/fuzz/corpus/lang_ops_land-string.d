	BEGIN { x = "a" && 1; exit(0); }

/*
 * && requires scalar operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
