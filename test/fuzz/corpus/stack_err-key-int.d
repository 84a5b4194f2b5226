	/*
 * An aggregation keyed by an integer does not take a stack there.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	@a[1] = count();
	@a[stack()] = count();
}
