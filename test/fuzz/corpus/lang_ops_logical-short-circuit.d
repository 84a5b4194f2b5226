	/*
 * && and || do not evaluate their right operand when the left one decides
 * the result.
 */

#pragma D option quiet

BEGIN
{
	x = 0;
	y = 0;
	a = x != 0 && 10 / x > 1;
	b = 1 || y++;
	c = 0 && y++;
	printf("%d %d %d %d\n", a, b, c, y);
	exit(0);
}
