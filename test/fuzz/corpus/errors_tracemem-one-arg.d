	/*
 * tracemem( ) with one argument: the prototype wants at least two (D_PROTO_LEN).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	tracemem(arg0);
}
