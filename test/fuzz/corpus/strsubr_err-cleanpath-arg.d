	/*
 * cleanpath() takes a string, not any pointer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(cleanpath(curthread));
}
