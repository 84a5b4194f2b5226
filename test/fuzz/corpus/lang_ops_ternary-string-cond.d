	BEGIN { x = "a" ? 1 : 2; exit(0); }

/*
 * The condition of ?: must be a scalar.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
