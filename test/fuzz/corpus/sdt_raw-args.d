	/*
 * arg0 .. arg9 stay the raw 64-bit arguments: sched_process_exec's arg0
 * is the address of the task (the current one), arg1 the old pid; the
 * arguments it does not have read as 0.
 *
 * @@opts: -q
 * @@trigger: spin 10
 */

sdt:sched::sched_process_exec
/pid == $target/
{
	printf("%d %d %d %d\n", arg0 == (long)curthread, arg1 == pid, arg3, arg9);
}
