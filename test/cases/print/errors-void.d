/*
 * print() of a void expression: D_PRINT_VOID.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */

BEGIN
{
	print((void)0);
}
