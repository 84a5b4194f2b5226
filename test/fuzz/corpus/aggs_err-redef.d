	BEGIN
{
	@a = count();
	@a = sum(1);
}

/*
 * An aggregation keeps the function it was first given.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
