	/*
 * The address of a member is the struct address plus the member offset.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", (uintptr_t)&curthread->pid - (uintptr_t)curthread ==
	    offsetof(struct task_struct, pid));
	printf("%d\n", &curthread->pid == &(*curthread).pid);
	exit(0);
}
