	int a[5];
BEGIN { x = a[1, 2]; exit(0); }

/*
 * A scalar array cannot be indexed by a tuple.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
