	BEGIN
{
	printf("");
}

/*
 * printf() with an empty format: D_PRINTF_FMT_EMPTY.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
