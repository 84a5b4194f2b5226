	BEGIN { printf(); exit(0); }

/*
 * printf() needs at least a format.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
