BEGIN { x = ''; exit(0); }

/*
 * An empty character constant '' is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG empty char constant not diagnosed
 */
