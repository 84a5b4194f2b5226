	/*
 * An associative array declared with a key signature and value type.
 */

#pragma D option quiet

int counts[string];

BEGIN
{
	counts["a"] = 5;
	counts["b"] = counts["a"] * 2;
	printf("%d %d %d\n", counts["a"], counts["b"], counts["c"]);
	exit(0);
}
