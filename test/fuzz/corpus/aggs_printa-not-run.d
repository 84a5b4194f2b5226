	/*
 * An aggregation is spared at exit only when a printa() of it has run: a
 * printa() in a clause that never fires changes nothing.
 */
#pragma D option quiet

BEGIN
{
	@a = count();
	exit(0);
}

tick-1h
{
	printa(@a);
}
