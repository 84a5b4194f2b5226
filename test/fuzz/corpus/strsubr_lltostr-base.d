	/*
 * A base below 2 or above 36 is an illegal operation (DTrace's fault);
 * the clause stops there and the next one runs.
 */
#pragma D option quiet

BEGIN
{
	b = 37;
	printf("[%s]\n", lltostr(10, b));
}

BEGIN
{
	printf("[%s]\n", lltostr(10, 1));
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
