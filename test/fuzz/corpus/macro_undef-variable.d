	/*
 * An unknown macro variable is an error.
 *
 * @@opts: -x errtags
 * @@exit: 1
 */
BEGIN
{
	trace($nosuch);
}
