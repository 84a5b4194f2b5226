	/*
 * probeprov, probemod, probefunc and probename in the dtrace provider's
 * probes: module and function are empty.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
	exit(0);
}

END
{
	printf("%s:%s:%s:%s\n", probeprov, probemod, probefunc, probename);
}
