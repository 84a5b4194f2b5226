	/*
 * Results are strings of at most strsize - 1 characters, like every D
 * string: with -xstrsize=8, "0123456789" is already "0123456" when it is
 * given to the subroutine.
 *
 * @@opts: -xstrsize=8
 */
#pragma D option quiet

BEGIN
{
	s = "0123456789";
	printf("[%s] [%s] [%s]\n", s, substr(s, 2), toupper("abcdefghij"));
	printf("[%s] [%d] [%d]\n", lltostr(-1234567890), index(s, "6"), index(s, "8"));
	/* cleanpath() stops where fewer than 5 bytes would be left, as DTrace does */
	printf("[%s] [%s]\n", cleanpath("/a/b/c/d/e"), strjoin("abcd", "efgh"));
	exit(0);
}
