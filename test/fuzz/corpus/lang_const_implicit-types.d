	/*
 * An unsuffixed decimal constant is int when it fits, else long; a
 * hexadecimal one can also be unsigned int.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", sizeof(2147483647), sizeof(2147483648));
	printf("%d %d %d\n", sizeof(0x7fffffff), sizeof(0x80000000),
	    sizeof(0x100000000));
	printf("%d\n", sizeof(-2147483648));
	exit(0);
}
