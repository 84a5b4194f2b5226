	BEGIN { sizeof = 1; exit(0); }

/*
 * sizeof is an operator, not a variable name.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
