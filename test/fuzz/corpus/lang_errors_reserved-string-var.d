	BEGIN { string = 1; exit(0); }

/*
 * string is a type name and cannot name a variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
