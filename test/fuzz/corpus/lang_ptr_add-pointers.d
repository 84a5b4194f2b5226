	BEGIN { x = (int *)0 + (int *)0; exit(0); }

/*
 * Two pointers cannot be added.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
