	BEGIN { x = (1 + 2; exit(0); }

/*
 * An unclosed parenthesis is a syntax error at the next token.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
