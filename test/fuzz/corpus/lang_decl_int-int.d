	int int x;
BEGIN { exit(0); }

/*
 * Two type names in one declaration are an invalid combination.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
