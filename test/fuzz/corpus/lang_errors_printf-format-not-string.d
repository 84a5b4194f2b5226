	BEGIN { printf(1); exit(0); }

/*
 * The first argument of printf() must be a string constant.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
