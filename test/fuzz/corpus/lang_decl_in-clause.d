	BEGIN { int x; exit(0); }

/*
 * Declarations are not allowed inside a clause.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
