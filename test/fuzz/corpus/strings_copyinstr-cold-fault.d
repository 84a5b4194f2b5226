	/*
 * A truly bad address passed to a syscall is still a fault: the read that
 * fails at entry is retried at the return, fails again, and gives DTrace's
 * error line for the entry probe's clause and action; the next clause
 * still runs, before the return's.
 *
 * @@trigger: coldpath bad
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	printf("entry\n");
}

syscall::openat:entry
/pid == $target/
{
	printf("%s\n", copyinstr(arg1));
}

syscall::openat:entry
/pid == $target/
{
	printf("next clause\n");
}

syscall::openat:return
/pid == $target/
{
	printf("return errno %d\n", errno);
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
