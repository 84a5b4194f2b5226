	/*
 * The conditional operator, nested and right-associative.
 */

#pragma D option quiet

BEGIN
{
	a = 5;
	printf("%s\n", a > 3 ? (a > 4 ? "big" : "mid") : "small");
	printf("%d %d\n", 0 ? 1 : 0 ? 2 : 3, a == 5 ? 10 : 20);
	b = a < 0 ? -a : a;
	printf("%d\n", b);
	exit(0);
}
