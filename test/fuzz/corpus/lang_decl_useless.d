	int;
BEGIN { exit(0); }

/*
 * A declaration of a plain type without a name declares nothing.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
