	BEGIN
{
	@a = llquantize(1, 1, 0, 6, 10);
}

/*
 * The factor of llquantize() is at least two.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
