	BEGIN { nosuchfunc(1); exit(0); }

/*
 * Calling a function that does not exist.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
