/*
 * A thread's elements of thread-local associative arrays are removed when
 * it exits: 200 threads, one after another, each storing into two arrays
 * with room for four elements of the second (a string-keyed one), keep
 * every element and drop none.
 *
 * @@opts: -q -x dynvarsize=1200
 * @@trigger: threads 200 3
 */
syscall::getppid:entry
/pid == $target/
{
	self->a[1] = tid;
	self->b["x", 2] = 1;
	@[self->a[1] == tid && self->b["x", 2] == 1 ? "kept" : "lost"] = count();
}
