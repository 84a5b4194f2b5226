	/*
 * progenyof( ) takes a pid (D_PROTO_ARG).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(progenyof("1"));
}
