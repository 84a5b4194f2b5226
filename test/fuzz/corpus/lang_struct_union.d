	/*
 * Union members share storage; the union is as large as its largest
 * member.
 */

#pragma D option quiet

union u {
	int i;
	char c[4];
	long l;
};
union u v;

BEGIN
{
	v.i = 0x41424344;
	printf("%d %d %d\n", sizeof(union u), v.c[0], v.c[3]);
	exit(0);
}
