	/*
 * Multiplication of int variables wraps at 32 bits; of long variables at
 * 64 bits.
 */

#pragma D option quiet

int a;
long b;

BEGIN
{
	a = 100000;
	a = a * 100000;
	b = 4294967296;
	b = b * 4294967296;
	printf("%d %d\n", a, b);
	exit(0);
}
