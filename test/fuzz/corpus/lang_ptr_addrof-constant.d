	BEGIN { y = &1; exit(0); }

/*
 * The address of a constant cannot be taken.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
