	int a[3];
int b[3];
BEGIN { a = b; exit(0); }

/*
 * An array cannot be assigned as a whole.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
