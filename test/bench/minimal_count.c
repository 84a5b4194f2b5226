/*
 * minimal_count: loader for minimal_count.bpf.o, the hand-written
 * equivalent of  dtrace -n 'syscall::getppid:entry { n++; }'.
 *
 * Prints "ready" once attached; on stdin EOF or SIGINT/SIGTERM prints
 * "count N" and exits.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "bench_loader.h"

int main(int argc, char **argv)
{
	struct bench_opts opts;
	struct bench b;
	uint64_t count = 0;
	int err;

	bench_parse_args(argc, argv, "minimal_count", &opts);
	if (bench_open(&b, &opts))
		return 1;
	err = bench_load_attach(&b);
	if (!err) {
		bench_wait();
		err = bench_get_global(&b, ".bss", "count", &count, sizeof(count));
	}
	if (!err)
		printf("count %" PRIu64 "\n", count);
	bench_close(&b);
	return err ? 1 : 0;
}
