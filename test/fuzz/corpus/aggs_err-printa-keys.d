	BEGIN
{
	@a[1] = count();
	@b[1, 2] = count();
	printa("%d %@d %@d\n", @a, @b);
}

/*
 * Aggregations printed together have the same keys.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
