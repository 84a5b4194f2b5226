	BEGIN { x = 1 - "abc"; exit(0); }

/*
 * A string cannot be subtracted from an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
