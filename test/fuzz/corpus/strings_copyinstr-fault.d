	/*
 * copyinstr() of a bad address aborts the clause with DTrace's error line;
 * the next clause still runs.
 */
#pragma D option quiet

BEGIN
{
	trace(copyinstr(0));
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
