	/*
 * tick-1s: the probe's provider is profile, its module and function are
 * empty, its name is the one written.
 *
 * @@opts: -q
 */

tick-1s
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
	exit(0);
}
