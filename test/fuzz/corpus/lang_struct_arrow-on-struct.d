	struct point { int x; };
struct point p;
BEGIN { y = p->x; exit(0); }

/*
 * The -> operator needs a pointer operand.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
