	BEGIN
{
	@a = count();
	@a;
}

/*
 * An aggregation alone is not a statement.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
