/*
 * strjoin() concatenates two strings.
 * @@skip: KNOWN-BUG strjoin() not implemented
 */

#pragma D option quiet

BEGIN
{
	s = strjoin("abc", "def");
	printf("%s %d\n", s, strlen(s));
	exit(0);
}
