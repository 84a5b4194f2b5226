	/*
 * strtok() returns NULL when no token is left, and strtok(NULL, ...) in a
 * firing where no strtok(s, ...) came before has nothing to go on with:
 * using either faults at address 0 (DTrace's saved position starts at 0
 * in each probe firing).
 */
#pragma D option quiet

BEGIN
{
	printf("[%s]\n", strtok("a", ","));
}

BEGIN
{
	printf("[%s]\n", strtok(NULL, ","));
}

BEGIN
{
	exit(0);
}

END
{
	printf("[%s]\n", strtok(NULL, ","));
}
