	int x;
string x;
BEGIN { exit(0); }

/*
 * A global cannot be redeclared with a different type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
