	/*
 * walltimestamp is the time of day in nanoseconds since the epoch.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("%d\n", walltimestamp / 1000000000);
	exit(0);
}
