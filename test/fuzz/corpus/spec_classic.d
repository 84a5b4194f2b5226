	/*
 * The Dynamic Tracing Guide's pattern: speculate on entry, commit when
 * the call fails, discard when it succeeds.  Only the failed openat()s
 * are shown, each with what was recorded at its entry.
 *
 * Each openat() gets a speculation of its own: a committed one is busy
 * until the consumer has printed it, as DTrace's are until cleaned.
 *
 * @@opts: -q -x nspec=4
 * @@trigger: openall /nonexistent/a /dev/null /nonexistent/b /dev/zero
 */

syscall::openat:entry
/pid == $target/
{
	self->spec = speculation();
	speculate(self->spec);
	printf("openat(\"%s\")\n", copyinstr(arg1));
}

syscall::openat:return
/self->spec/
{
	speculate(self->spec);
	printf("  returned %d, errno %d\n", (int)arg0, errno);
}

syscall::openat:return
/self->spec && errno != 0/
{
	commit(self->spec);
	self->spec = 0;
}

syscall::openat:return
/self->spec && errno == 0/
{
	discard(self->spec);
	self->spec = 0;
}
