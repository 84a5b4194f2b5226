	/*
 * exit's reason: the child killed by SIGTERM is CLD_KILLED (2), the
 * parent, which returns from main, CLD_EXITED (1).  signal-send names the
 * receiver in args[0] and args[1] and the signal in args[2].
 *
 * @@opts: -q
 * @@trigger: procwork kill
 */

proc:::signal-send
/pid == $target/
{
	printf("signal-send %d to child %d %d\n", args[2], args[1]->pr_ppid == pid,
	    args[0]->pr_lwpid == args[1]->pr_pid);
}

proc:::exit
/pid == $target || ppid == $target/
{
	printf("exit %s %d\n", pid == $target ? "parent" : "child", args[0]);
}
