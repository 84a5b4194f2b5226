/*
 * print() of kernel types copied from BTF: a struct member of the current
 * task (a nice-0 thread's load weight), a lock whose embedded structs and
 * anonymous unions are filled in from BTF, a char array, a typed pointer,
 * integers of the task.
 *
 * @@opts: -q
 */

BEGIN
{
	print(curthread->se.load);
	printf("\n");
	print(curthread->pi_lock);
	printf("\n");
	print(curthread->comm);
	print((struct task_struct *)0);
	print(curthread->prio);
	print(curthread->policy);
	exit(0);
}
