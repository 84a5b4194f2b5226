	/*
 * trace() of an aggregation: D_TRACE_AGG (printa() prints aggregations).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	@a = count();
	trace(@a);
}
