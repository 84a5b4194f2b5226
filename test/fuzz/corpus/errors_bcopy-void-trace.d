	/*
 * bcopy( ) returns nothing: its value cannot be traced (D_TRACE_VOID).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	trace(bcopy(arg0, alloca(4), 4));
}
