	/*
 * An enumerator is a constant usable as an array dimension.
 */

#pragma D option quiet

enum sizes { TEN = 10, TWENTY = 20 };
char buf[TEN];
int nums[TWENTY / 4];

BEGIN
{
	printf("%d %d\n", sizeof(buf), sizeof(nums));
	exit(0);
}
