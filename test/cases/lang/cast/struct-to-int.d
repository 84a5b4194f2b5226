BEGIN { y = (long)*curthread; exit(0); }

/*
 * A struct cannot be cast to an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG cast error tag D_CAST instead of D_CAST_INVAL
 */
