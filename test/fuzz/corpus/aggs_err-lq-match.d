	BEGIN
{
	@a = lquantize(1, 0, 10, 1);
	@a = lquantize(1, 2, 10, 1);
}

/*
 * Every use of an lquantize() aggregation has the same base.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
