	/*
 * A fork: lwp-create and create fire in the parent with the child's
 * psinfo_t (its pr_pid is the pid start and lwp-start see in the child,
 * its pr_ppid the parent's); the child's exit has reason CLD_EXITED (1),
 * after its lwp-exit.
 *
 * @@opts: -q
 * @@trigger: procwork fork
 */

proc:::lwp-create
/pid == $target/
{
	printf("lwp-create %d\n", args[1]->pr_ppid == pid);
}

proc:::create
/pid == $target/
{
	child = args[0]->pr_pid;
	printf("create %d %d\n", child != pid, args[0]->pr_ppid == pid);
}

proc:::start,
proc:::lwp-start
/ppid == $target/
{
	printf("%s %d %d\n", probename, pid == child, tid == pid);
}

proc:::lwp-exit,
proc:::exit
/ppid == $target/
{
	printf("%s %d\n", probename, pid == child);
}

proc:::exit
/ppid == $target/
{
	printf("reason %d\n", args[0]);
}
