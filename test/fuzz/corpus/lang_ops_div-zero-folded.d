	BEGIN { x = 10 / (2 - 2); exit(0); }

/*
 * A divisor that folds to zero is rejected at compile time.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
