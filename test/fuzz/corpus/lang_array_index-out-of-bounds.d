	int a[5];
BEGIN { a[5] = 1; exit(0); }

/*
 * A constant index past the end of an array is rejected at compile time.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
