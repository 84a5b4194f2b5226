	struct point { int x; };
struct point { int y; };
BEGIN { exit(0); }

/*
 * A struct type cannot be defined twice.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
