	int counts[string];
BEGIN { counts[1] = 1; exit(0); }

/*
 * Keys of an associative array must match its signature.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
