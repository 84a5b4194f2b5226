	/*
 * A clause whose copyinstr() waited for the return of openat() sees the
 * time and CPU of the entry firing, not of the return: its timestamp is
 * nearer the entry's first clause than the return (the syscall itself
 * faults the page in), and its cpu is the first clause's.
 *
 * @@trigger: coldpath
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	self->t0 = timestamp;
	self->cpu = cpu;
}

syscall::openat:entry
/pid == $target/
{
	printf("%s\n", copyinstr(arg1));
	self->t1 = timestamp;
	self->same = cpu == self->cpu;
}

syscall::openat:return
/pid == $target/
{
	printf("%s %d\n", self->t1 - self->t0 < timestamp - self->t1 ? "entry time" : "return time",
	    self->same);
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
