/*
 * An integer inline is replaced by its value.
 * @@skip: KNOWN-BUG integer inlines in printf arguments
 */

#pragma D option quiet

inline int MAX = 100;

BEGIN
{
	printf("%d %d\n", MAX, MAX * 2);
	exit(0);
}
