	enum colors { RED, GREEN };
BEGIN { RED = 1; exit(0); }

/*
 * An enumerator is a constant, not an lvalue.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
