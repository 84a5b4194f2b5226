	BEGIN { printf("%s\n", "a", "b"); exit(0); }

/*
 * An argument without a conversion.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
