	BEGIN
{
	@a = lquantize(1, 0, 10, 20);
}

/*
 * The step of lquantize() leaves at least one level.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
