	struct s { string name : 3; };
BEGIN { exit(0); }

/*
 * Only integer members can be bit-fields.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
