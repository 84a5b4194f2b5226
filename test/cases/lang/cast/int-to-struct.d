struct point { int x; };
BEGIN { y = (struct point)1; exit(0); }

/*
 * An integer cannot be cast to a struct.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG cast error tag D_CAST instead of D_CAST_INVAL
 */
