	BEGIN
{
	printf("%d\n", "a");
}

/*
 * A string for a %d conversion: D_PRINTF_ARG_TYPE, with the conversion,
 * its prototype and the type of the argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
