	BEGIN
{
	printf(1);
}

/*
 * printf() whose first argument is not a string constant:
 * D_PRINTF_ARG_FMT.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
