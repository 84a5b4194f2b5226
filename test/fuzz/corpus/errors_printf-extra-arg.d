	BEGIN { printf("%d\n", 1, 2); exit(0); }

/*
 * printf() with more arguments than conversions is a compile error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
