/*
 * Four threads: each is an lwp-create in the process (args[0] is the new
 * thread, not the creating one; args[1] the process), an lwp-start and an
 * lwp-exit; the last thread's lwp-exit is followed by the process's exit.
 * No thread is a process's create or start.
 *
 * @@opts: -q
 * @@trigger: threads 4
 */

proc:::lwp-create
/pid == $target/
{
	@n["lwp-create"] = count();
	@ok["new thread"] = sum(args[0]->pr_lwpid != tid);
	@ok["same process"] = sum(args[1]->pr_pid == pid);
}

proc:::lwp-start,
proc:::lwp-exit,
proc:::exit,
proc:::create,
proc:::start
/pid == $target/
{
	@n[probename] = count();
}

END
{
	printa("%-12s %@d\n", @n);
	printa("%-12s %@d\n", @ok);
}
