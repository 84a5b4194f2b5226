	/*
 * sizeof of the plain integer types: char 1, short 2, int 4, long 8 and
 * long long 8 bytes (LP64).
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d %d\n", sizeof(char), sizeof(short), sizeof(int),
	    sizeof(long), sizeof(long long));
	exit(0);
}
