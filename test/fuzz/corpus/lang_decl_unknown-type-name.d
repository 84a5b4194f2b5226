	foo_t x;
BEGIN { exit(0); }

/*
 * An unknown type name is a probe description at the top level of a
 * script, and a script may not end a clause at its descriptions: DTrace
 * says so before it reads the next word.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
