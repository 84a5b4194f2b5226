	BEGIN { x = 1 + 2); exit(0); }

/*
 * An unbalanced closing parenthesis.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
