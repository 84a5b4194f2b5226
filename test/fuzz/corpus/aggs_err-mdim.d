	BEGIN
{
	@a[1][2] = count();
}

/*
 * Aggregations are indexed by one tuple.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
