	/*
 * strchr() takes a character (an integer), not a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(strchr("abc", "b"));
}
