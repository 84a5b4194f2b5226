	BEGIN { printf("%d %d\n", 1); exit(0); }

/*
 * printf() with fewer arguments than conversions is a compile error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
