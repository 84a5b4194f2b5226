/*
 * Not quiet, print()'s output follows the probe line; the record's
 * newline ends it (after a struct's closing brace too).
 *
 * @@cpu: 0
 */

struct pair {
	int a;
	int b;
};

struct pair p;

BEGIN
{
	p.a = 1;
	p.b = 2;
	print(p);
}

BEGIN
{
	print(10);
	print("str");
}

BEGIN
{
	exit(0);
}
