	int a[2 - 3];
BEGIN { exit(0); }

/*
 * A negative array dimension is rejected.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
