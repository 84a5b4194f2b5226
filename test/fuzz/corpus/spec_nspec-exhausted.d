	/*
 * With the default nspec (1), a second speculation( ) finds no free
 * buffer: it returns 0 and counts a failed speculation, which DTrace
 * reports on stderr.  Speculating on 0 records nothing.
 */
#pragma D option quiet

BEGIN
{
	a = speculation();
	b = speculation();
	printf("a %d b %d\n", a, b);
}

BEGIN
{
	speculate(b);
	printf("never printed\n");
}

BEGIN
{
	speculate(a);
	printf("committed\n");
}

BEGIN
{
	commit(a);
}

BEGIN
{
	exit(0);
}
