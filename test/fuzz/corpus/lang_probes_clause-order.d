	/*
 * Clauses for the same probe run in program order and see each other's
 * assignments.
 */

#pragma D option quiet

BEGIN
{
	x = 1;
}

BEGIN
{
	x = x * 10;
}

BEGIN
{
	printf("%d\n", x + 2);
	exit(0);
}
