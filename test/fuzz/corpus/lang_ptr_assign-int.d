	int *p;
BEGIN { p = 1; exit(0); }

/*
 * A non-zero integer cannot be assigned to a pointer variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
