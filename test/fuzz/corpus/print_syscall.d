	/*
 * print() in a syscall probe of a workload: the task's name as a char
 * array, a comparison as an int, a member of the task.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

syscall::getppid:entry
/pid == $target/
{
	print(curthread->comm);
	print(pid == $target);
	print(curthread->static_prio);
	exit(0);
}
