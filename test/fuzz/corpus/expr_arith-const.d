	/*
 * Arithmetic on integer constants (folded by the compiler): + - * / %, with
 * division truncating toward zero and the remainder taking the sign of the
 * dividend, as in C.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%d %d %d\n", 7 + 5, 7 - 12, 6 * -7);
	printf("%d %d\n", 17 / 5, 17 % 5);
	printf("%d %d\n", -17 / 5, -17 % 5);
	printf("%d %d\n", 17 / -5, 17 % -5);
	exit(0);
}
