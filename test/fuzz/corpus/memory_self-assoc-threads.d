	/*
 * Thread-local associative arrays: each thread has its own elements (four
 * threads counting under the same key each count 1, 2, 3; shared, the
 * counts would go up to 12), keyed by tuples of integers and strings.
 *
 * @@opts: -q
 * @@trigger: threads 4 3
 */
syscall::getppid:entry
/pid == $target/
{
	self->seen["calls", 1]++;
	self->name[tid] = execname;
	@calls[self->seen["calls", 1]] = count();
	@names[self->name[tid]] = count();
	@other[self->seen["calls", 2]] = count();
}
