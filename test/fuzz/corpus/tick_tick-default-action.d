	/*
 * Not quiet, a tick clause with no actions prints the probe line: CPU and
 * probe ID right-aligned in 3 and 6 columns, ":tick-50ms" in 32, a trailing
 * space.  The clause with exit() prints one more probe line.
 */

BEGIN
{
	n = 0;
}

tick-50ms
{
	n++;
}

tick-50ms
/n == 3/
{
	exit(0);
}

tick-50ms
/n <= 2/
{
}
