	/*
 * A global declared string holds a string value; an unassigned one is
 * empty.
 */

#pragma D option quiet

string s;
string t;

BEGIN
{
	s = "abc";
	printf("[%s] [%s]\n", s, t);
	exit(0);
}
