	/*
 * Two tick probes at different rates fire independently: when the slow one
 * (tick-500ms) first fires, the fast one (tick-50ms) has fired several times
 * (accepted: 5 to 15; the count is printed when it is not).
 *
 * @@opts: -q
 */

BEGIN
{
	fast = 0;
}

tick-50ms
{
	fast++;
}

tick-500ms
/fast >= 5 && fast <= 15/
{
	printf("several fast ticks\n");
	exit(0);
}

tick-500ms
/fast < 5 || fast > 15/
{
	printf("%d fast ticks\n", fast);
	exit(0);
}
