	long char c;
BEGIN { exit(0); }

/*
 * long cannot modify char.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
