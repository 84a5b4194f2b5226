	/*
 * tracemem( )'s size must be a positive integer constant (D_TRACEMEM_SIZE).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	n = 4;
	tracemem(arg0, n);
}
