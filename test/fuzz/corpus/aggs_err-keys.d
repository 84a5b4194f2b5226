	BEGIN
{
	@a[1] = count();
	@a[1, 2] = count();
}

/*
 * An aggregation keeps the number of keys it was first given.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
