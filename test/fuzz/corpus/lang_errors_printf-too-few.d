	BEGIN { printf("%s and %s\n", "a"); exit(0); }

/*
 * A conversion without an argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
