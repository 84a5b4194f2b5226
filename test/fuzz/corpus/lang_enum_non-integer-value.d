	enum e { A = "str" };
BEGIN { exit(0); }

/*
 * An enumerator value must be an integer constant expression.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
