	/*
 * printf() integer conversions with width, precision and the - 0 + space
 * flags behave as in C.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("[%d]\n", 42);
	printf("[%5d]\n", 42);
	printf("[%-5d]\n", 42);
	printf("[%05d]\n", 42);
	printf("[%+d]\n", 42);
	printf("[% d]\n", 42);
	printf("[%.4d]\n", 42);
	printf("[%i]\n", -42);
	printf("[%6i]\n", -42);
	printf("[%-6d|%06d]\n", -42, -42);
	exit(0);
}
