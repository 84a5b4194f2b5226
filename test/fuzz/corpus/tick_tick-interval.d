	/*
 * tick-100ms fires every 100 milliseconds: 10 intervals take about one
 * second (accepted: 900 to 1300 ms; the time is printed when it is not).
 *
 * @@opts: -q
 */

BEGIN
{
	n = 0;
}

tick-100ms
/n == 0/
{
	start = timestamp;
}

tick-100ms
{
	n++;
}

tick-100ms
/n == 11/
{
	ms = (timestamp - start) / 1000000;
}

tick-100ms
/n == 11 && ms >= 900 && ms <= 1300/
{
	printf("about one second\n");
	exit(0);
}

tick-100ms
/n == 11 && (ms < 900 || ms > 1300)/
{
	printf("%d ms\n", ms);
	exit(0);
}
