/*
 * tracemem( )'s size may not be 0 (D_TRACEMEM_SIZE).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	tracemem(arg0, 0);
}
