/*
 * Typed entry arguments, from the syscall's tracepoint format: args[0] is
 * an int (AT_FDCWD, -100, whatever the upper register bits), args[1] a
 * const char * in the process (read with copyinstr), args[2] the flags.
 *
 * @@opts: -q
 * @@trigger: openpath /nonexistent/dtrace-test/typed
 */

syscall::openat:entry
/pid == $target && execname == "openpath"/
{
	printf("%d %s %d %d\n", args[0], copyinstr((uintptr_t)args[1]), args[2],
	    sizeof(args[0]));
}
