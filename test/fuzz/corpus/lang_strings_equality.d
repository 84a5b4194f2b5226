	/*
 * Strings compare by value with == and !=, both constants and variables.
 */

#pragma D option quiet

BEGIN
{
	s = "abc";
	t = "ab";
	t = strjoin(t, "c");
	printf("%d %d %d\n", s == "abc", s != "abd", s == t);
	printf("%d %d\n", "abc" == "abc", "abc" != "abc");
	exit(0);
}
