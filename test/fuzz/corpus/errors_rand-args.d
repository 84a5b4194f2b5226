	/*
 * rand( ) takes no arguments (D_PROTO_LEN).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(rand(1));
}
