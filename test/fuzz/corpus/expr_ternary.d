	/*
 * The conditional operator, nested (it associates to the right).
 *
 * @@opts: -q
 */

BEGIN
{
	a = 5;
	printf("%d\n", a > 3 ? 1 : 2);
	printf("%d\n", a < 3 ? 1 : a < 6 ? 2 : 3);
	printf("%d\n", a == 5 ? a * 10 : -1);
	printf("%s\n", a > 0 ? "positive" : "not positive");
	exit(0);
}
