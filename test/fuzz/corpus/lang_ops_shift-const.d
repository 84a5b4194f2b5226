	/*
 * Left shifts of constants keep the type of the left operand: 1 << 31 is
 * an int, 1L << 40 a long.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", 1 << 31, 1L << 40, 256 >> 4);
	exit(0);
}
