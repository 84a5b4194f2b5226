	unsigned string s;
BEGIN { exit(0); }

/*
 * unsigned can only modify integer types.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
