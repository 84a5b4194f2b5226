	void v;
BEGIN { exit(0); }

/*
 * A variable cannot have type void.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
