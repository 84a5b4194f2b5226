	BEGIN { 1 = 2; exit(0); }

/*
 * The left operand of = must be a modifiable lvalue: a constant is not.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
