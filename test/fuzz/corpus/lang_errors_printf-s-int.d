	BEGIN { printf("%d %s\n", 1, 2); exit(0); }

/*
 * A %s conversion needs a string argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
