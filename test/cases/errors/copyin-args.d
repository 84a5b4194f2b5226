/*
 * copyin( ) takes an address and a size (D_PROTO_LEN).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(copyin(arg0));
}
