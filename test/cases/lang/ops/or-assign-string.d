BEGIN { x = 1; x |= "a"; exit(0); }

/*
 * |= requires integral operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG |= operand check is arithmetic, not integral
 */
