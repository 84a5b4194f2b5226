	/*
 * With optional arguments DTrace says "at least" the required number, even
 * when there are too many.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(substr("abc", 1, 2, 3));
}
