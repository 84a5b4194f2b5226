	/*
 * printf() %x %X %o %u %c and %%, with the # flag, as in C.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%x %X %o\n", 255, 255, 8);
	printf("%#x %#X %#o\n", 255, 255, 8);
	printf("%08x\n", 48879);
	printf("%u\n", 3000000000);
	printf("%c%c%c\n", 68, 84, 'r');
	printf("100%%\n");
	exit(0);
}
