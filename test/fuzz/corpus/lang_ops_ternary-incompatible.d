	BEGIN { y = 1; x = y ? 1 : "a"; exit(0); }

/*
 * The two alternatives of ?: must have compatible types.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
