	/*
 * Clauses with an empty body, with and without a predicate, are valid and
 * do nothing.
 */

#pragma D option quiet

BEGIN
{
}

BEGIN
/1/
{
}

BEGIN
{
	printf("after\n");
	exit(0);
}
