	/*
 * strjoin() concatenates two strings.
 */

#pragma D option quiet

BEGIN
{
	s = strjoin("abc", "def");
	printf("%s %d\n", s, strlen(s));
	exit(0);
}
