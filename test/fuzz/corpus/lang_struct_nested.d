	/*
 * A struct nested in another: layout and member access through two levels.
 */

#pragma D option quiet

struct inner {
	int a;
	int b;
};
struct outer {
	char c;
	struct inner in;
	long z;
};
struct outer o;

BEGIN
{
	o.in.b = 7;
	o.z = 9;
	printf("%d %d %d\n", sizeof(struct outer), offsetof(struct outer, in),
	    offsetof(struct outer, z));
	printf("%d %d %d\n", o.in.a, o.in.b, o.z);
	exit(0);
}
