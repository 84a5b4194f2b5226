/*
 * print() of an aggregation: D_PRINT_AGG (printa() prints aggregations).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	@a = count();
	print(@a);
}
