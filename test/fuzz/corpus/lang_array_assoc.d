	/*
 * Associative arrays keyed by strings and by integers.
 */

#pragma D option quiet

BEGIN
{
	arr["a"] = 1;
	arr["b"] = 2;
	num[10] = 100;
	num[-1] = 5;
	printf("%d %d %d\n", arr["a"] + arr["b"], num[10], num[-1]);
	exit(0);
}
