	struct s { int a : 0; };
BEGIN { exit(0); }

/*
 * A named bit-field must have a positive width.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
