	/*
 * A clause whose predicate is false is skipped.
 */

#pragma D option quiet

BEGIN
/0/
{
	printf("skipped\n");
}

BEGIN
/1 + 1 == 2/
{
	printf("taken\n");
	exit(0);
}
