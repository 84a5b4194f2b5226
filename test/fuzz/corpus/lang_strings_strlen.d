	/*
 * strlen() of constants and variables.
 */

#pragma D option quiet

BEGIN
{
	s = "hello, world";
	printf("%d %d %d\n", strlen("hello"), strlen(""), strlen(s));
	exit(0);
}
