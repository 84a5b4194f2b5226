	/*
 * ^^ always evaluates both operands.
 */

#pragma D option quiet

BEGIN
{
	y = 0;
	a = 1 ^^ y++;
	printf("%d %d\n", a, y);
	exit(0);
}
