	/*
 * Relational and equality operators yield 1 or 0; comparisons of signed
 * values are signed (-1 < 1).
 *
 * @@opts: -q
 */

BEGIN
{
	a = 3;
	b = 5;
	n = -1;
	printf("%d %d %d %d %d %d\n", a < b, a <= b, a > b, a >= b, a == b, a != b);
	printf("%d %d %d\n", a <= 3, a >= 3, a == 3);
	printf("%d %d\n", n < 1, n > a);
	exit(0);
}
