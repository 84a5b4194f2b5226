	/*
 * Integer constants in hexadecimal (0x, 0X) and octal (leading 0)
 * notation.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", 0x1F, 0X10, 017, 0777);
	printf("%d %d %u\n", 0, 00, 0xffffffff);
	exit(0);
}
