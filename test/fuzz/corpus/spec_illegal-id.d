	/*
 * An id above nspec is an illegal operation, as in DTrace: the clause
 * stops with DTrace's error line; other clauses go on.
 */
#pragma D option quiet

BEGIN
{
	speculate(2);
	printf("never printed\n");
}

BEGIN
{
	discard(-1);
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
