	/*
 * String ordering with variables.
 */

#pragma D option quiet

BEGIN
{
	a = "apple";
	b = "banana";
	printf("%d %d %d %d\n", a < b, a > b, b >= a, a != b);
	exit(0);
}
