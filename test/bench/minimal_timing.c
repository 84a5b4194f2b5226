/*
 * minimal_timing: loader for minimal_timing.bpf.o, the hand-written
 * equivalent of
 *
 *	syscall::getppid:entry { self->x = timestamp; }
 *	syscall::getppid:return /self->x/ { t += timestamp - self->x; self->x = 0; }
 *
 * Prints "ready" once attached; on stdin EOF or SIGINT/SIGTERM prints
 * "t NS" (and "pairs N" with -c, which also counts entry/return pairs).
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "bench_loader.h"

int main(int argc, char **argv)
{
	struct bench_opts opts;
	struct bench b;
	uint64_t t = 0, pairs = 0;
	uint32_t check;
	int err;

	bench_parse_args(argc, argv, "minimal_timing", &opts);
	check = (uint32_t)opts.check;
	if (bench_open(&b, &opts))
		return 1;
	err = bench_set_global(&b, ".rodata", "count_pairs", &check, sizeof(check));
	if (!err)
		err = bench_load_attach(&b);
	if (!err) {
		bench_wait();
		err = bench_get_global(&b, ".bss", "t", &t, sizeof(t));
		if (!err && check)
			err = bench_get_global(&b, ".bss", "pairs", &pairs, sizeof(pairs));
	}
	if (!err) {
		printf("t %" PRIu64 "\n", t);
		if (check)
			printf("pairs %" PRIu64 "\n", pairs);
	}
	bench_close(&b);
	return err ? 1 : 0;
}
