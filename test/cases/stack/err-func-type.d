/*
 * func() takes an address, not a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	func("main");
}
