	BEGIN { x = 1; y = x.a; exit(0); }

/*
 * The . operator needs a struct or union operand.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
