	/*
 * timestamp is a nanosecond clock that does not go backwards; a 100ms tick
 * fires after BEGIN, within seconds.
 *
 * @@opts: -q
 */

BEGIN
{
	t0 = timestamp;
	t1 = timestamp;
	printf("%d %d\n", t0 > 0, t1 >= t0);
}

tick-100ms
{
	d = timestamp - t0;
	printf("%d %d\n", d > 0, d < 5000000000);
	exit(0);
}
