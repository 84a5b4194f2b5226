	BEGIN { x = strlen(1); exit(0); }

/*
 * strlen() requires a string argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
