	BEGIN { x = 0 && (1 / 0); exit(0); }

/*
 * Division by a constant zero is rejected even where it would not be
 * evaluated.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
