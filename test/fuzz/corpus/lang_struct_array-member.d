	/*
 * Arrays inside a struct: layout and indexing.
 */

#pragma D option quiet

struct s {
	int n;
	char name[10];
	int arr[4];
};
struct s v;

BEGIN
{
	v.arr[2] = 5;
	v.n = 1;
	printf("%d %d %d\n", sizeof(struct s), offsetof(struct s, name),
	    offsetof(struct s, arr));
	printf("%d %d %d\n", v.arr[2], v.arr[3], v.n);
	exit(0);
}
