	/*
 * Struct members keep their declared types: a char member truncates, a
 * string member holds a string.
 */

#pragma D option quiet

struct rec {
	char c;
	unsigned short us;
	string name;
};
struct rec r;

BEGIN
{
	r.c = 300;
	r.us = -1;
	r.name = "widget";
	printf("%d %u %s\n", r.c, r.us, r.name);
	exit(0);
}
