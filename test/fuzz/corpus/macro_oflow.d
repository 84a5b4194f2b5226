	/*
 * A numeric argument that does not fit in 64 bits is an error.
 *
 * @@opts: -x errtags
 * @@args: 99999999999999999999
 * @@exit: 1
 */
BEGIN
{
	trace($1);
}
