	/*
 * mod() takes exactly one address.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	mod(1, 2);
}
