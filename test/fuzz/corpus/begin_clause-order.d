	/*
 * Clauses enabled on the same probe run in program order.
 *
 * @@opts: -q
 */

BEGIN
{
	printf("one\n");
}

BEGIN
{
	printf("two\n");
}

BEGIN
{
	printf("three\n");
	exit(0);
}
