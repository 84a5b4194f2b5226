	BEGIN { y = (long)*curthread; exit(0); }

/*
 * A struct cannot be cast to an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
