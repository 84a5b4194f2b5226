	/*
 * A string comparison as the condition.
 */

#pragma D option quiet

BEGIN
{
	if (execname == "dtrace")
		printf("yes\n");
	else
		printf("no\n");
	exit(0);
}
