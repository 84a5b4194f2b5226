	/*
 * The same precedence rules apply to variables evaluated at run time.
 */

#pragma D option quiet

BEGIN
{
	a = 2; b = 3; c = 4; d = 10;
	printf("%d %d %d\n", a + b * c, (a + b) * c, d - c - b);
	printf("%d %d\n", d * 10 / b / a, d % c * b);
	exit(0);
}
