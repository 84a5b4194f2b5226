	struct nosuch s;
BEGIN { exit(0); }

/*
 * A variable cannot have a struct type that is only a forward reference.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
