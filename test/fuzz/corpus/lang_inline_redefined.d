	inline int A = 1;
inline int A = 2;
BEGIN { exit(0); }

/*
 * An inline cannot be defined twice.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
