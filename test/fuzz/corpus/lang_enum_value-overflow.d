	enum e { A = 2147483648 };
BEGIN { exit(0); }

/*
 * Enumerator values must fit in an int.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
