	inline void V = 1;
BEGIN { exit(0); }

/*
 * An inline cannot have type void.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
