/*
 * A signal taken by sigtimedwait() while blocked is cleared, not handled:
 * signal-clear's args[0] is the signal.
 *
 * @@opts: -q
 * @@trigger: procwork sigwait
 */

proc:::signal-send
/pid == $target/
{
	printf("%s %d\n", probename, args[2]);
}

proc:::signal-clear,
proc:::signal-handle
/pid == $target/
{
	printf("%s %d\n", probename, args[0]);
}
