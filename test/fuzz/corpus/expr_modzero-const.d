	BEGIN { printf("%d\n", 1 % 0); exit(0); }

/*
 * Remainder of constants by zero is rejected by the compiler too.
 *
 * @@exit: 1
 */
