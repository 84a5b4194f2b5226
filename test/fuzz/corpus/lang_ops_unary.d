	/*
 * Unary minus, plus, complement and logical not.
 */

#pragma D option quiet

BEGIN
{
	x = 5;
	printf("%d %d %d %d %d\n", -x, +x, ~x, !x, !!x);
	printf("%d %d %d\n", -(-5), ~0, - -1);
	exit(0);
}
