	/*
 * A clause that has changed something before its copyinstr() (here n++)
 * cannot wait for the syscall's return to read a page not mapped in yet:
 * running it again would count twice.  The failed read is the fault it
 * was, and the count is right.
 *
 * @@trigger: coldpath
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	n++;
	printf("%s\n", copyinstr(arg1));
}

syscall::openat:return
/pid == $target/
{
	printf("n=%d\n", n);
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
