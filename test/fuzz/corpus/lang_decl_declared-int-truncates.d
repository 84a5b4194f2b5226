	/*
 * A long value assigned to a variable declared int is truncated to 32
 * bits.
 */

#pragma D option quiet

int x;

BEGIN
{
	x = 3000000000;
	printf("%d\n", x);
	exit(0);
}
