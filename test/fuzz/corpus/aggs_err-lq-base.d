	BEGIN
{
	@a = lquantize(1, pid, 10, 1);
}

/*
 * lquantize() takes a constant base.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
