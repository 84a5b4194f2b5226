	struct s { int a : 33; };
BEGIN { exit(0); }

/*
 * A bit-field cannot be wider than its type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
