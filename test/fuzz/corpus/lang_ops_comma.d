	/*
 * The comma operator evaluates its left operand, then yields its right
 * operand.
 */

#pragma D option quiet

BEGIN
{
	x = (y = 3, y + 4);
	printf("%d %d\n", x, y);
	exit(0);
}
