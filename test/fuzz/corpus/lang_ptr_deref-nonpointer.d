	BEGIN { x = 1; y = *x; exit(0); }

/*
 * Only pointers can be dereferenced.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
