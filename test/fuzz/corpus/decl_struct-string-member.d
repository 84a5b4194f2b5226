	/*
 * A string member of a declared struct is stored inline, strsize bytes,
 * with the alignment of char: the next int follows it directly.
 */
#pragma D option quiet
#pragma D option strsize=32

struct rec {
	int r_id;
	string r_name;
	int r_next;
};

struct rec g;

BEGIN
{
	printf("%d %d %d\n", sizeof(struct rec), offsetof(struct rec, r_next),
	    sizeof(g.r_name));
	g.r_name = "hello";
	g.r_id = 3;
	g.r_next = 4;
	printf("%s %d %d\n", g.r_name, g.r_id, g.r_next);
	exit(0);
}
