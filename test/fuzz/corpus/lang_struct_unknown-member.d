	struct point { int x; int y; };
struct point p;
BEGIN { p.z = 1; exit(0); }

/*
 * Accessing a member a struct does not have is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
