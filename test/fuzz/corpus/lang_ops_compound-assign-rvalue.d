	BEGIN { x = 1; (x * 2) += 3; exit(0); }

/*
 * Compound assignment requires a modifiable lvalue too.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
