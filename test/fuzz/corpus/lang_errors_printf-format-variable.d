	BEGIN { f = "%d\n"; printf(f, 1); exit(0); }

/*
 * A string variable is not accepted as the format of printf().
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
