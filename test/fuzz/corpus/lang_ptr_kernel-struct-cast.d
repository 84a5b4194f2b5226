	/*
 * Kernel struct types can be named in casts and sizeof; casting curthread
 * to its own type changes nothing.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", sizeof(struct task_struct) > 0);
	printf("%d\n", ((struct task_struct *)curthread)->pid == tid);
	printf("%d\n", (struct task_struct *)curthread == curthread);
	exit(0);
}
