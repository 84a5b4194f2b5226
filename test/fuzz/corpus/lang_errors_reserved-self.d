	BEGIN { self = 1; exit(0); }

/*
 * self is a reserved word: it must be followed by -> and a name.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
