	/*
 * An unsigned int variable wraps from 0 to 4294967295 when decremented.
 */

#pragma D option quiet

unsigned int u;

BEGIN
{
	u = 0;
	u--;
	printf("%u\n", u);
	u++;
	printf("%u\n", u);
	exit(0);
}
