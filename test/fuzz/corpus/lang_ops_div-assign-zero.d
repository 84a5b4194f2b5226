	BEGIN { x = 5; x /= 0; exit(0); }

/*
 * /= with a constant zero is rejected at compile time.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
