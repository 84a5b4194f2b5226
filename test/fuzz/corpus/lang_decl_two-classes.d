	extern register int x;
BEGIN { exit(0); }

/*
 * Only one storage class is allowed in a declaration.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
