	/*
 * htons() takes an integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(htons("80"));
}
