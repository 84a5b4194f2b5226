	#pragma D option quiet

/*
 * "#pragma D option quiet" has the effect of -q: no header, no probe lines
 * and no "matched" notice.
 */

BEGIN
{
	printf("quiet by pragma\n");
	exit(0);
}
