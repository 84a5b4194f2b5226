	/*
 * The constant condition may be an expression of constants.
 */

#pragma D option quiet

inline int LEVEL = 3;

BEGIN
{
	LEVEL > 2 ? printf("verbose\n") : printf("terse\n");
	exit(0);
}
