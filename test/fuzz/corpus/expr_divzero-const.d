	BEGIN { printf("%d\n", 1 / 0); exit(0); }

/*
 * Division of constants by zero is rejected by the compiler.
 *
 * @@exit: 1
 */
