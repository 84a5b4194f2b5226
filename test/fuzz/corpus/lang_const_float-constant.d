	BEGIN { x = 1.5; exit(0); }

/*
 * D has no floating-point constants.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
