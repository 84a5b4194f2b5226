	/*
 * The same arithmetic as arith-const.d, on variables, so that it is done in
 * probe context rather than by the compiler.
 *
 * @@opts: -q
 */

BEGIN
{
	a = 17;
	b = 5;
	m = -17;
	n = -5;
	printf("%d %d %d\n", a + b, b - a, a * n);
	printf("%d %d\n", a / b, a % b);
	printf("%d %d\n", m / b, m % b);
	printf("%d %d\n", a / n, a % n);
	printf("%d %d\n", m / n, m % n);
	exit(0);
}
