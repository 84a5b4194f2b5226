	/*
 * offsetof gives the byte offset of each member.
 */

#pragma D option quiet

struct s {
	char c;
	int i;
	short h;
	long l;
};

BEGIN
{
	printf("%d %d %d %d\n", offsetof(struct s, c), offsetof(struct s, i),
	    offsetof(struct s, h), offsetof(struct s, l));
	exit(0);
}
