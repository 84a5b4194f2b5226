/*
 * tracemem( )'s dynamic size must be a scalar (D_TRACEMEM_DYNSIZE).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	tracemem(arg0, 8, "x");
}
