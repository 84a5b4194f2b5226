	/*
 * toupper() takes one string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(toupper());
}
