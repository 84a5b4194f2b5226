	/*
 * curthread points to the task_struct of the current thread: its pid is
 * the thread id, its tgid the process id.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d\n", curthread->pid == tid, curthread->tgid == pid);
	exit(0);
}
