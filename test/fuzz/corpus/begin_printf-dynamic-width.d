	/*
 * printf() width and precision taken from arguments (* and .*).
 *
 * @@opts: -q
 */

BEGIN
{
	printf("[%*d]\n", 6, 42);
	printf("[%-*d]\n", 6, 42);
	printf("[%.*d]\n", 3, 7);
	printf("[%*s]\n", 5, "ab");
	exit(0);
}
