	BEGIN { x = (printf("a"), 1); exit(0); }

/*
 * An action cannot be an operand of the comma operator.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
