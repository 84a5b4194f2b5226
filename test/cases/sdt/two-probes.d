/*
 * A clause on several tracepoints may use args[0] when they all give it
 * the same type (exec and exit both pass the task).
 *
 * @@opts: -q
 * @@trigger: spin 10
 */

sdt:sched::sched_process_exec,
sdt:sched::sched_process_exit
/pid == $target/
{
	printf("%s %s %d\n", probename, stringof(args[0]->comm), args[0]->pid == tid);
}
