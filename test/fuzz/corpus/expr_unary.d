	/*
 * Unary - + ! ~ on a variable.
 *
 * @@opts: -q
 */

BEGIN
{
	a = 5;
	printf("%d %d %d %d %d\n", -a, +a, !a, ~a, -(-a));
	exit(0);
}
