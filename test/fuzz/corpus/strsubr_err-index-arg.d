	/*
 * index() searches for a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(index("abc", 1));
}
