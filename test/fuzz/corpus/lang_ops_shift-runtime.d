	/*
 * Shifts of variables: right shift of a signed value is arithmetic, of an
 * unsigned value logical.
 */

#pragma D option quiet

int i;
unsigned int u;

BEGIN
{
	x = 1;
	i = -16;
	u = 0x80000000;
	printf("%d %d %u %u\n", x << 10, i >> 2, u >> 31, u >> 4);
	exit(0);
}
