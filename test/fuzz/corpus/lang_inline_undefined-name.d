	inline int Y = nosuchvar + 1;
BEGIN { exit(0); }

/*
 * The expression of an inline is checked where the inline is defined.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
