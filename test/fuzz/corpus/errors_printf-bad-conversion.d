	BEGIN
{
	printf("%y\n", 1);
}

/*
 * An undefined conversion in a printf() format: a syntax error
 * (D_SYNTAX), as DTrace reports bad formats.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
