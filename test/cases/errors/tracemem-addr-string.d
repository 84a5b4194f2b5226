/*
 * tracemem( ) of a string: its first argument must be a pointer or an integer (D_TRACEMEM_ADDR).
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
BEGIN
{
	tracemem("abc", 4);
}
