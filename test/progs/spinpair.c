/*
 * spinpair [MS]: two threads bound to CPU 0 keep it busy for MS
 * milliseconds (default 200), so that the scheduler preempts each in turn.
 */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

static long long ms = 200;

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void *spin(void *arg)
{
	long long end = now_ns() + ms * 1000000LL;
	volatile unsigned long sink = 0;

	(void)arg;
	while (now_ns() < end)
		sink++;
	return NULL;
}

int main(int argc, char **argv)
{
	cpu_set_t set;
	pthread_t t;

	ms = argc > 1 ? strtoll(argv[1], NULL, 10) : 200;
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	/* threads created after this inherit the binding */
	if (sched_setaffinity(0, sizeof(set), &set) != 0 ||
	    pthread_create(&t, NULL, spin, NULL) != 0)
		return 1;
	spin(NULL);
	pthread_join(t, NULL);
	return 0;
}
