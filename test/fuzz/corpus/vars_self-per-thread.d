	/*
 * self-> variables belong to one thread: each of 6 threads counts its own
 * getppid() calls from zero, so every thread reaches 3 exactly once and
 * no thread goes past its 5 calls; a thread's first read gives zero.
 *
 * @@trigger: threads 6 5
 */
#pragma D option quiet

self int n;
int most;

syscall::getppid:entry
/pid == $target/
{
	first += self->n == 0;
	self->n++;
	three += self->n == 3;
	most = self->n > most ? self->n : most;
}

syscall::exit_group:entry
/pid == $target/
{
	printf("%d threads, each reached 3: %d, most calls by one thread: %d\n",
	    first, three, most);
	exit(0);
}
