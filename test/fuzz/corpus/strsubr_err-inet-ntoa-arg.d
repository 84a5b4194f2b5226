	/*
 * inet_ntoa() takes a pointer (an integer other than 0 must be cast).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(inet_ntoa(16));
}
