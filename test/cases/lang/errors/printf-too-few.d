BEGIN { printf("%s and %s\n", "a"); exit(0); }

/*
 * A conversion without an argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG printf error tags
 */
