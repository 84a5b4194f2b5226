/* spin [MS]: keep a CPU busy for MS milliseconds (default 100). */
#include <stdlib.h>
#include <time.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long long ms = argc > 1 ? strtoll(argv[1], NULL, 10) : 100;
	long long end = now_ns() + ms * 1000000LL;
	volatile unsigned long sink = 0;

	while (now_ns() < end)
		sink++;
	return 0;
}
