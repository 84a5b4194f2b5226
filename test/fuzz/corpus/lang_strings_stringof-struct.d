	BEGIN { s = stringof(*curthread); exit(0); }

/*
 * stringof cannot be applied to a struct.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
