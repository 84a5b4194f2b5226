	BEGIN
{
	@a = lquantize(1, 0, 10, 0);
}

/*
 * The step of lquantize() is positive.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
