	static int x;
BEGIN { exit(0); }

/*
 * The static storage class has no meaning in D.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
