	/*
 * At exit, what was never committed is lost, as in DTrace; END may still
 * commit a speculation.
 *
 * @@opts: -x nspec=2
 */
#pragma D option quiet

BEGIN
{
	s = speculation();
	t = speculation();
}

BEGIN
{
	speculate(s);
	printf("committed at END\n");
}

BEGIN
{
	speculate(t);
	printf("never committed\n");
}

BEGIN
{
	printf("exiting\n");
	exit(0);
}

END
{
	commit(s);
}
