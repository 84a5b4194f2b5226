	/*
 * Precedence again, with variables so that nothing is folded at compile time.
 *
 * @@opts: -q
 */

BEGIN
{
	one = 1; two = 2; three = 3; four = 4; five = 5;
	printf("%d\n", one + two * three);
	printf("%d\n", (one + two) * three);
	printf("%d\n", five - two - one);
	printf("%d\n", two << one + one);
	printf("%d\n", one | two ^ three & four);
	printf("%d\n", five & three == three);
	printf("%d\n", one || 0 && 0);
	printf("%d\n", one > two ? 10 : two > one ? 20 : 30);
	exit(0);
}
