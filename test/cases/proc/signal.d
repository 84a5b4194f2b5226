/*
 * The workload sends itself SIGUSR1, which it catches (signal-send, then
 * signal-handle with the signal, its siginfo_t and the handler), and
 * SIGUSR2, which it ignores (signal-discard, not signal-send).
 *
 * @@opts: -q
 * @@trigger: procwork handle
 */

proc:::signal-send,
proc:::signal-discard
/args[1]->pr_pid == $target/
{
	printf("%s %d from self %d\n", probename, args[2], pid == $target);
}

proc:::signal-handle
/pid == $target/
{
	printf("%s %d si_signo %d si_pid self %d handler %d\n", probename, args[0],
	    args[1]->si_signo, args[1]->_sifields._kill._pid == pid, args[2] != 0);
}
