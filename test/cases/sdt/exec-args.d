/*
 * sched_process_exec's typed arguments (from the kernel's BTF): the task,
 * the pid before exec, the binprm whose filename is the path executed.
 *
 * @@opts: -q
 * @@trigger: spin 10
 */

sdt:sched::sched_process_exec
/pid == $target/
{
	printf("%s %d %d %s\n", stringof(args[0]->comm), args[0]->tgid == pid, args[1] == pid,
	    stringof(args[2]->filename));
}
