/*
 * sym() takes exactly one address.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	sym();
}
