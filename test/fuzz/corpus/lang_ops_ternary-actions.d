	BEGIN { x = 1; x ? printf("a") : printf("b"); exit(0); }

/*
 * Actions cannot be the operands of ?: when the condition is not a
 * constant.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
