	#pragma D
#pragma D option quiet

/*
 * A bare "#pragma D" directive does nothing, as in DTrace.
 */

BEGIN
{
	printf("bare pragma ignored\n");
	exit(0);
}
