	this int a[int];
BEGIN { exit(0); }

/*
 * A clause-local variable cannot be an associative array.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
