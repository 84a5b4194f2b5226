	int a[5];
BEGIN { x = a["k"]; exit(0); }

/*
 * A scalar array cannot be indexed by a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
