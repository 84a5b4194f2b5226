/*
 * getppid_loop: call getppid() N times (default 5,000,000) as fast as
 * possible and print the mean cost of one call:
 *
 *	NS ns/call (N calls, TOTAL ns)
 *
 *	getppid_loop [-t] [N]
 *
 * The per-event overhead of a tracer is the ns/call with the tracer
 * attached minus the ns/call without it.  -t times the calls in the
 * thread's CPU time instead of wall-clock time: a tracer's BPF program runs
 * inside the system call, so it is counted all the same, while the time the
 * loop waits for a CPU that other programs hold is not (on a busy machine
 * that wait makes wall-clock times swing by half and more).
 */
#include <errno.h>
#include <string.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static clockid_t clock_id = CLOCK_MONOTONIC;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(clock_id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv)
{
	unsigned long long n = 5000000;
	uint64_t start, elapsed;
	volatile pid_t sink;
	const char *name = argv[0];

	if (argc > 1 && strcmp(argv[1], "-t") == 0) {
		clock_id = CLOCK_THREAD_CPUTIME_ID;
		argv++;
		argc--;
	}
	if (argc > 2) {
		fprintf(stderr, "usage: %s [-t] [N]\n", name);
		return 2;
	}
	if (argc == 2) {
		char *end;

		errno = 0;
		n = strtoull(argv[1], &end, 10);
		if (errno || *argv[1] == '\0' || *end != '\0' || n == 0) {
			fprintf(stderr, "%s: bad count '%s'\n", name, argv[1]);
			return 2;
		}
	}

	start = now_ns();
	for (unsigned long long i = 0; i < n; i++)
		sink = getppid();	/* a real system call each time */
	elapsed = now_ns() - start;
	(void)sink;

	printf("%.2f ns/call (%llu calls, %" PRIu64 " ns)\n",
	       (double)elapsed / (double)n, n, elapsed);
	return 0;
}
