	/*
 * The return probe's args[0] is the return value (a long), as arg0 and
 * arg1 are; errno is set as the call failed.
 *
 * @@opts: -q
 * @@trigger: openpath /nonexistent/dtrace-test/return
 */

syscall::openat:return
/pid == $target && execname == "openpath"/
{
	printf("%d %d %d %d %d\n", args[0], arg0, arg1, errno, sizeof(args[0]));
}
