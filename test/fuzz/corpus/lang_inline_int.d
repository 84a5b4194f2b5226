	/*
 * An integer inline is replaced by its value.
 */

#pragma D option quiet

inline int MAX = 100;

BEGIN
{
	printf("%d %d\n", MAX, MAX * 2);
	exit(0);
}
