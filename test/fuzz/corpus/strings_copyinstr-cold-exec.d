	/*
 * A copyinstr() that waits for the return of execve() (the path in a page
 * not mapped in yet, see coldpath) finds another address space there when
 * the exec succeeded: it is the fault it was at entry, reported for the
 * entry probe, and never a read of the new program's memory.  (The first
 * execve is the one that starts the -c command, its path already mapped
 * in.)
 *
 * @@trigger: coldpath exec
 */
#pragma D option quiet

syscall::execve:entry
/pid == $target/
{
	printf("entry\n");
}

syscall::execve:entry
/pid == $target/
{
	printf("%s\n", copyinstr(arg0));
}

syscall::execve:return
/pid == $target/
{
	printf("return %d\n", errno);
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
