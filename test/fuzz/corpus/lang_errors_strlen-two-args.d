	BEGIN { x = strlen("a", "b"); exit(0); }

/*
 * A function called with too many arguments.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
