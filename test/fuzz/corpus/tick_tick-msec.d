	/*
 * A tick probe named with a unit (tick-20msec) fires periodically: count
 * 5 firings.
 *
 * @@opts: -q
 */

BEGIN
{
	n = 0;
}

profile:::tick-20msec
{
	n++;
}

profile:::tick-20msec
/n == 5/
{
	printf("%d firings of %s\n", n, probename);
	exit(0);
}
