	/*
 * The "sec" unit, and a tick probe named without its provider.
 *
 * @@opts: -q
 */

tick-1sec
{
	printf("%s:%s\n", probeprov, probename);
	exit(0);
}
