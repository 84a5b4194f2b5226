	BEGIN { x = ''; exit(0); }

/*
 * An empty character constant '' is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
