	/*
 * printf() %s with width, precision and the - flag, as in C.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("[%s]\n", "dtrace");
	printf("[%10s]\n", "dtrace");
	printf("[%-10s]\n", "dtrace");
	printf("[%.3s]\n", "dtrace");
	printf("[%-8.2s]\n", "dtrace");
	printf("[%s|%s]\n", "", "x");
	exit(0);
}
