	/*
 * The relational operators order strings lexically, like strcmp().
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d\n", "abc" < "abd", "b" > "abc", "abc" <= "abc");
	printf("%d %d %d\n", "" < "a", "abc" >= "abcd", "Z" < "a");
	exit(0);
}
