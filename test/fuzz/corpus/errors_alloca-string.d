	/*
 * alloca( ) of a string: its argument is a size (D_PROTO_ARG).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(alloca("x"));
}
