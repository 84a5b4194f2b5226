	/*
 * An enumerator without a value is one more than the previous one, also
 * after an explicit or negative value.
 */

#pragma D option quiet

enum e { A = 10, B, C = 20, D };
enum n { M = -2, N, O };

BEGIN
{
	printf("%d %d %d %d\n", A, B, C, D);
	printf("%d %d %d\n", M, N, O);
	exit(0);
}
