	/*
 * A hexadecimal constant that only fits in unsigned int is unsigned:
 * 0xffffffff is greater than zero and compares unsigned.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", 0xffffffff > 0, 0xffffffff == 4294967295);
	exit(0);
}
