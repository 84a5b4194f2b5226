	BEGIN
{
	printf("%@d\n", 1);
}

/*
 * A %@ conversion in printf(): D_PRINTF_AGG_CONV.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
