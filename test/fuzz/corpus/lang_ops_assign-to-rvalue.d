	BEGIN { x = 1; (x + 1) = 2; exit(0); }

/*
 * The result of an arithmetic expression is not an lvalue.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
