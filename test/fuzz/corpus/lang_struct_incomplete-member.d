	struct s { int a; struct nosuch n; };
BEGIN { exit(0); }

/*
 * A struct member cannot have an incomplete struct type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
