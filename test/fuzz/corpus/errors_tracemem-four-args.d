	/*
 * tracemem( ) takes at most 3 arguments (D_TRACEMEM_ARGS).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	tracemem(arg0, 8, 4, 1);
}
