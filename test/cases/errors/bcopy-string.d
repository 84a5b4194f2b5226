/*
 * bcopy( ) from a string: its arguments are addresses and a size (D_PROTO_ARG).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	bcopy("abc", alloca(4), 4);
}
