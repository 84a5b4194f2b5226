	/*
 * A typedef of a typedef has the size of the underlying type.
 */

#pragma D option quiet

typedef int a_t;
typedef a_t b_t;
typedef b_t *bp_t;

BEGIN
{
	printf("%d %d %d\n", sizeof(a_t), sizeof(b_t), sizeof(bp_t));
	exit(0);
}
