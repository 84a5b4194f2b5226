	/*
 * A two-dimensional array is an array of arrays.
 */

#pragma D option quiet

int m[2][3];

BEGIN
{
	m[1][2] = 7;
	m[0][1] = 3;
	printf("%d %d %d\n", sizeof(m), sizeof(m[0]), sizeof(m[0][0]));
	printf("%d %d %d\n", m[1][2], m[0][1], m[1][0]);
	exit(0);
}
