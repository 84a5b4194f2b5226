	struct s { int a; void v; };
BEGIN { exit(0); }

/*
 * A struct member cannot have type void.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
