	/*
 * Operator precedence and associativity follow C.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%d\n", 1 + 2 * 3);
	printf("%d\n", (1 + 2) * 3);
	printf("%d\n", 10 - 4 - 3);
	printf("%d\n", 100 / 10 / 5);
	printf("%d\n", 2 * 3 % 4);
	printf("%d\n", 2 << 1 + 1);
	printf("%d\n", 8 >> 1 >> 1);
	printf("%d\n", 1 | 2 ^ 3 & 4);
	printf("%d\n", 5 & 3 == 3);
	printf("%d\n", 1 < 2 == 1);
	printf("%d\n", -2 * -3);
	printf("%d\n", !0 + 1);
	printf("%d\n", ~1 & 7);
	printf("%d\n", 1 || 0 && 0);
	printf("%d\n", 0 ? 1 : 2 + 3);
	printf("%d\n", 1 + 2 > 2 ? 10 : 20);
	exit(0);
}
