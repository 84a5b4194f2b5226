	/*
 * Constant conditions select the branch.
 */

#pragma D option quiet

BEGIN
{
	if (0)
		printf("never\n");
	else
		printf("else\n");
	if (2 > 1)
		printf("then\n");
	exit(0);
}
