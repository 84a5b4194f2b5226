	inline int R = R + 1;
BEGIN { exit(0); }

/*
 * An inline cannot refer to itself.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
