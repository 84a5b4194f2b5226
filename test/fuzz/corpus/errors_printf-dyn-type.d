	BEGIN
{
	printf("%*d\n", "a", 1);
}

/*
 * A * width whose argument is a string: D_PRINTF_DYN_TYPE.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
