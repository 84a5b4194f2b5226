	/*
 * A tick probe named with a unit (tick-50hz) fires periodically: count
 * 5 firings.
 *
 * @@opts: -q
 */

BEGIN
{
	n = 0;
}

profile:::tick-50hz
{
	n++;
}

profile:::tick-50hz
/n == 5/
{
	printf("%d firings of %s\n", n, probename);
	exit(0);
}
