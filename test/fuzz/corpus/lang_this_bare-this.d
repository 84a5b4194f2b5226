	BEGIN { this = 1; exit(0); }

/*
 * this must be followed by -> and a name.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
