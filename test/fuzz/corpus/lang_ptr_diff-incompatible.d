	BEGIN { x = (int *)0 - (char *)0; exit(0); }

/*
 * Pointers to different types cannot be subtracted.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
