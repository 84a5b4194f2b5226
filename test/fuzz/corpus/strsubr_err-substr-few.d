	/*
 * substr() needs at least a string and an index.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(substr("abc"));
}
