	BEGIN { x = strlen; exit(0); }

/*
 * A function name cannot be used as a variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
