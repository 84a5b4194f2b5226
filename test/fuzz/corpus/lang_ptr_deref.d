	/*
 * * dereferences a pointer; *p.member and p->member are the same.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", (*curthread).pid == curthread->pid,
	    *&curthread->tgid == pid);
	exit(0);
}
