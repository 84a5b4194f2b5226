	/*
 * The six relational operators on signed values.
 */

#pragma D option quiet

BEGIN
{
	a = -3; b = 4;
	printf("%d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b,
	    a != b);
	printf("%d %d %d\n", b <= 4, b >= 4, b < 4);
	exit(0);
}
