	BEGIN { x = 1; y = &x; exit(0); }

/*
 * The address of a D variable cannot be taken.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
