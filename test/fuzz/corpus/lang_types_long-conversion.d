	/*
 * long and unsigned long are 64 bits wide: -1 converted to unsigned long
 * is 2^64-1.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", (long)-1);
	printf("%u\n", (unsigned long)-1);
	printf("%u\n", (unsigned long long)-2);
	exit(0);
}
