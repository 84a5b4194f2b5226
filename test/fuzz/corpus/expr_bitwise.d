	/*
 * Bitwise operators; >> of a negative signed value is an arithmetic shift.
 *
 * @@opts: -q
 */

BEGIN
{
	a = 12;
	b = 10;
	m = -16;
	printf("%d %d %d\n", a & b, a | b, a ^ b);
	printf("%d %d\n", ~a, ~0);
	printf("%d %d\n", a << 2, a >> 2);
	printf("%d\n", m >> 2);
	printf("%x\n", 0xf0 | 0x0f);
	exit(0);
}
