	BEGIN { x = $1; exit(0); }

/*
 * A macro argument that was not given on the command line.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
