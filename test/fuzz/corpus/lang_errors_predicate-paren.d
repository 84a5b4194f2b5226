	BEGIN /(1/ { exit(0); }

/*
 * An unclosed parenthesis in a predicate.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
