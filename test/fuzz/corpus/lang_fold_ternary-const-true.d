	/*
 * A ?: with a constant true condition selects its second operand, here an
 * action that runs.
 */

#pragma D option quiet

inline int OPT = 1;

BEGIN
{
	OPT ? printf("x\n") : 1;
	printf("done\n");
	exit(0);
}
