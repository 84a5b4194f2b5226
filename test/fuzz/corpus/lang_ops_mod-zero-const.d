	BEGIN { x = 5 % 0; exit(0); }

/*
 * Remainder by a constant zero is rejected at compile time.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
