	/*
 * In arithmetic a char operand is converted to the type of the wider int
 * operand, so the result has the size of an int.
 */

#pragma D option quiet

char c;
short s;

BEGIN
{
	printf("%d %d\n", sizeof(c), sizeof(s));
	printf("%d %d %d\n", sizeof(c + 1), sizeof(s * 2), sizeof(c + 1L));
	exit(0);
}
