	/*
 * Output order: records outside the speculation print as they come; what
 * the speculation held prints, in the order it was recorded, where it is
 * committed (after the records before the commit); a speculation being
 * committed takes no more data.
 *
 * @@opts: -q
 * @@trigger: getppid_n 4
 */

syscall::getppid:entry
/pid == $target/
{
	n++;
}

syscall::getppid:entry
/pid == $target && n == 1/
{
	s = speculation();
}

syscall::getppid:entry
/pid == $target/
{
	speculate(s);
	printf("speculative %d\n", n);
}

syscall::getppid:entry
/pid == $target/
{
	printf("direct %d\n", n);
}

syscall::getppid:entry
/pid == $target && n == 3/
{
	commit(s);
}

syscall::exit_group:entry
/pid == $target/
{
	printf("exit\n");
}
