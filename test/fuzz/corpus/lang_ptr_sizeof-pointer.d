	/*
 * sizeof a pointer is 8; sizeof what it points to is the size of the
 * pointed-to type.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", sizeof(curthread),
	    sizeof(*curthread) == sizeof(struct task_struct));
	exit(0);
}
