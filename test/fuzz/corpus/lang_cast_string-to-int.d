	BEGIN { y = (int)"abc"; exit(0); }

/*
 * A string cannot be cast to an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
