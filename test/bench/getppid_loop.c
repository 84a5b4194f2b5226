/*
 * getppid_loop: call getppid() N times (default 5,000,000) as fast as
 * possible and print the mean cost of one call:
 *
 *	NS ns/call (N calls, TOTAL ns)
 *
 * The per-event overhead of a tracer is the ns/call with the tracer
 * attached minus the ns/call without it.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv)
{
	unsigned long long n = 5000000;
	uint64_t start, elapsed;
	volatile pid_t sink;

	if (argc > 2) {
		fprintf(stderr, "usage: %s [N]\n", argv[0]);
		return 2;
	}
	if (argc == 2) {
		char *end;

		errno = 0;
		n = strtoull(argv[1], &end, 10);
		if (errno || *argv[1] == '\0' || *end != '\0' || n == 0) {
			fprintf(stderr, "%s: bad count '%s'\n", argv[0], argv[1]);
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
