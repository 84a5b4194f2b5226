	/*
 * An integer inline is a constant usable as an array dimension.
 */

#pragma D option quiet

inline int N = 3;
int arr[N];
char buf[N * 4 + 1];

BEGIN
{
	printf("%d %d\n", sizeof(arr), sizeof(buf));
	exit(0);
}
