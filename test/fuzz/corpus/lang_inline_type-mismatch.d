	inline int X = "abc";
BEGIN { exit(0); }

/*
 * The value of an inline must be compatible with its declared type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
