/*
 * An aggregation keyed by stack() takes stacks there in every use.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	@a[stack()] = count();
	@a[1] = count();
}
