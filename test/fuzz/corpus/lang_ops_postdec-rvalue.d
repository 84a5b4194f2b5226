	BEGIN { x = 1; (x + 1)--; exit(0); }

/*
 * -- requires a modifiable lvalue.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
