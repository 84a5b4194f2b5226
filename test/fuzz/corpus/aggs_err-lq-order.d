	BEGIN
{
	@a = lquantize(1, 10, 0, 1);
}

/*
 * The base of lquantize() is below its limit.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
