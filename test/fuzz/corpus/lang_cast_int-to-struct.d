	struct point { int x; };
BEGIN { y = (struct point)1; exit(0); }

/*
 * An integer cannot be cast to a struct.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
