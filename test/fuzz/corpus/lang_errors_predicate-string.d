	BEGIN /"abc"/ { exit(0); }

/*
 * A predicate must be a scalar expression.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
