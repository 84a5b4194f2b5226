	BEGIN
{
	printf("%*d\n");
}

/*
 * A * width with no argument for it: D_PRINTF_DYN_PROTO.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
