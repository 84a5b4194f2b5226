	/*
 * A typedef for an enum type.
 */

#pragma D option quiet

enum colors { RED, GREEN, BLUE };
typedef enum colors color_t;
color_t c;

BEGIN
{
	c = BLUE;
	printf("%d %d\n", c, sizeof(color_t));
	exit(0);
}
