	/*
 * basename() takes a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(basename(12));
}
