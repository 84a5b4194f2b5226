	BEGIN { printf("%d\n", "abc"); exit(0); }

/*
 * A %d conversion needs an integer argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
