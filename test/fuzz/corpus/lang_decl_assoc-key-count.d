	int counts[string];
BEGIN { counts["a", 1] = 1; exit(0); }

/*
 * The number of keys must match the signature of the array.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
