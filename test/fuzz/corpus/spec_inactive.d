	/*
 * commit( ) and discard( ) of a speculation that is not active (never
 * allocated, already committed, or 0) do nothing; speculate( ) on one
 * ends its clause, the data going nowhere; nothing is reported.
 */
#pragma D option quiet

BEGIN
{
	commit(1);
	discard(1);
	commit(0);
	discard(0);
}

BEGIN
{
	printf("commit and discard of inactive speculations did nothing\n");
}

BEGIN
{
	speculate(1);
	printf("not active: never printed\n");
}

BEGIN
{
	s = speculation();
}

BEGIN
{
	speculate(s);
	printf("held by speculation %d\n", s);
}

BEGIN
{
	commit(s);
	commit(s);
}

BEGIN
{
	speculate(s);
	printf("committing: never printed\n");
}

BEGIN
{
	printf("end\n");
	exit(0);
}
