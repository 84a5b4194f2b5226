	/*
 * self-> variables of several types in one thread: integers keep their
 * declared or inferred type, strings are copied in, and assigning 0 makes
 * a variable read as unset again (a predicate on it fails).
 *
 * @@trigger: getppid_n 3
 */
#pragma D option quiet

self char c;
self string s;
self int calls;

syscall::getppid:entry
/pid == $target && self->calls == 0/
{
	self->c = 300;
	self->s = execname;
	self->big = 0x100000000;
	self->ts = timestamp;
}

syscall::getppid:entry
/pid == $target/
{
	self->calls++;
}

syscall::getppid:return
/self->ts/
{
	printf("%d %s %x %d\n", self->c, self->s, self->big, self->calls);
	self->ts = 0;
}

syscall::exit_group:entry
/pid == $target/
{
	printf("calls %d, ts %d\n", self->calls, self->ts);
	exit(0);
}
