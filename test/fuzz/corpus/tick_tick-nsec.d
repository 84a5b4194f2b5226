	/*
 * A tick probe named with a unit (tick-20000000nsec) fires periodically: count
 * 5 firings.
 *
 * @@opts: -q
 */

BEGIN
{
	n = 0;
}

profile:::tick-20000000nsec
{
	n++;
}

profile:::tick-20000000nsec
/n == 5/
{
	printf("%d firings of %s\n", n, probename);
	exit(0);
}
