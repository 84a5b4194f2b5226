	int *ip;
BEGIN { y = ip->x; exit(0); }

/*
 * The -> operator needs a pointer to a struct or union.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
