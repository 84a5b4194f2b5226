	/*
 * inet_ntop() takes a family and an address.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(inet_ntop(2));
}
