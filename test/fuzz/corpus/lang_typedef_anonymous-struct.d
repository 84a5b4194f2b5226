	/*
 * A typedef can name an anonymous struct.
 */

#pragma D option quiet

typedef struct {
	int a;
	char b;
	char c;
	int d;
} pair_t;

BEGIN
{
	printf("%d %d\n", sizeof(pair_t), offsetof(pair_t, c));
	exit(0);
}
