	enum e { pid };
BEGIN { exit(0); }

/*
 * An enumerator cannot take the name of a built-in variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
