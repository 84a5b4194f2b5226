	/*
 * An enumerator value may use the enumerators defined before it.
 */

#pragma D option quiet

enum e { A = 5, B = A + 2, C = B * 2, D = A };

BEGIN
{
	printf("%d %d %d %d\n", A, B, C, D);
	exit(0);
}
