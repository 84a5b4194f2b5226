	/*
 * Compound assignment operators, and pre/post increment and decrement.
 *
 * @@opts: -q
 */

BEGIN
{
	x = 10;
	x += 5;
	printf("%d\n", x);
	x -= 3;
	printf("%d\n", x);
	x *= 4;
	printf("%d\n", x);
	x /= 5;
	printf("%d\n", x);
	x %= 4;
	printf("%d\n", x);
	x |= 6;
	printf("%d\n", x);
	x &= 5;
	printf("%d\n", x);
	x ^= 3;
	printf("%d\n", x);
	x <<= 3;
	printf("%d\n", x);
	x >>= 2;
	printf("%d\n", x);
	y = x++;
	printf("%d %d\n", y, x);
	y = ++x;
	printf("%d %d\n", y, x);
	y = x--;
	printf("%d %d\n", y, x);
	y = --x;
	printf("%d %d\n", y, x);
	exit(0);
}
