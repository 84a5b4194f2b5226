	/*
 * Members of a global struct variable can be assigned and read.
 */

#pragma D option quiet

struct point {
	int x;
	int y;
};
struct point p;

BEGIN
{
	p.x = 3;
	p.y = -4;
	printf("%d %d %d\n", p.x, p.y, p.x * p.y);
	exit(0);
}
