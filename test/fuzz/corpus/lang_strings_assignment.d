	/*
 * String assignment copies the value: changing the source later does not
 * change the copy.
 */

#pragma D option quiet

BEGIN
{
	s = "hello";
	t = s;
	s = "world";
	printf("%s %s\n", t, s);
	exit(0);
}
