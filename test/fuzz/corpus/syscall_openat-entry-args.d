	/*
 * Entry probe arguments are the system call's arguments: openpath calls
 * openat(AT_FDCWD, path, O_RDONLY), AT_FDCWD being -100.
 *
 * @@opts: -q
 * @@trigger: openpath /nonexistent/dtrace-test/no-such-file
 */

syscall::openat:entry
/pid == $target && execname == "openpath"/
{
	printf("dirfd=%d flags=%d\n", arg0, arg2);
}
