BEGIN { x = strlen; exit(0); }

/*
 * A function name cannot be used as a variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG function name used as variable not diagnosed as bad reference
 */
