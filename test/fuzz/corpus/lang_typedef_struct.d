	/*
 * A typedef for a struct type, used to declare a variable.
 */

#pragma D option quiet

struct point {
	int x;
	int y;
};
typedef struct point point_t;
point_t p;

BEGIN
{
	p.x = 3;
	p.y = 4;
	printf("%d %d %d\n", p.x, p.y, sizeof(point_t));
	exit(0);
}
