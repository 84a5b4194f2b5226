	/*
 * A #pragma inside a clause is applied too.
 */
BEGIN
{
#pragma D option quiet
	printf("quiet\n");
	exit(0);
}
