	/*
 * A failing system call: openat() of a path that does not exist returns an
 * error, and errno in the return probe is ENOENT (2).
 *
 * @@opts: -q
 * @@trigger: openpath /nonexistent/dtrace-test/no-such-file
 */

syscall::openat:return
/pid == $target && execname == "openpath"/
{
	printf("errno=%d failed=%d\n", errno, arg0 < 0);
}
