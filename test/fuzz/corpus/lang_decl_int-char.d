	int char x;
BEGIN { exit(0); }

/*
 * int and char cannot be combined.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
