	int a[0];
BEGIN { exit(0); }

/*
 * An array dimension must be a positive constant.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
