	/*
 * An associative array is used with the number of keys it was created
 * with.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	a[1, 2] = 3;
	trace(a[1]);
}
