	/*
 * A tick probe named with a unit (tick-10ms) fires periodically: count
 * 10 firings.
 *
 * @@opts: -q
 */

BEGIN
{
	n = 0;
}

profile:::tick-10ms
{
	n++;
}

profile:::tick-10ms
/n == 10/
{
	printf("%d firings of %s\n", n, probename);
	exit(0);
}
