/*
 * minimal_aggcount: loader for minimal_aggcount.bpf.o, the hand-written
 * equivalent of  dtrace -n 'syscall::getppid:entry { @[execname] = count(); }'.
 *
 * Prints "ready" once attached; on stdin EOF or SIGINT/SIGTERM prints one
 * "COMM N" line per key (per-CPU values summed), then "total N".
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "bench_loader.h"

#define COMM_LEN 16

static int print_counts(struct bench *b)
{
	struct bpf_map *map = bpf_object__find_map_by_name(b->obj, "counts");
	char key[COMM_LEN], next[COMM_LEN];
	uint64_t *vals, total = 0;
	int ncpus, err, first = 1;

	if (!map) {
		fprintf(stderr, "no map 'counts'\n");
		return -1;
	}
	ncpus = libbpf_num_possible_cpus();
	if (ncpus <= 0)
		return -1;
	vals = calloc((size_t)ncpus, sizeof(*vals));
	if (!vals)
		return -1;

	for (;;) {
		uint64_t sum = 0;
		int i;

		err = bpf_map__get_next_key(map, first ? NULL : key, next, COMM_LEN);
		if (err)
			break;		/* -ENOENT: no more keys */
		first = 0;
		memcpy(key, next, COMM_LEN);
		if (bpf_map__lookup_elem(map, key, COMM_LEN, vals,
					 (size_t)ncpus * sizeof(*vals), 0))
			continue;	/* deleted meanwhile */
		for (i = 0; i < ncpus; i++)
			sum += vals[i];
		printf("%-16.*s %" PRIu64 "\n", COMM_LEN, key, sum);
		total += sum;
	}
	printf("total %" PRIu64 "\n", total);
	free(vals);
	return 0;
}

int main(int argc, char **argv)
{
	struct bench_opts opts;
	struct bench b;
	int err;

	bench_parse_args(argc, argv, "minimal_aggcount", &opts);
	if (bench_open(&b, &opts))
		return 1;
	err = bench_set_global(&b, ".rodata", "target_pid", &opts.pid, sizeof(opts.pid));
	if (!err)
		err = bench_load_attach(&b);
	if (!err) {
		bench_wait();
		err = print_counts(&b);
	}
	bench_close(&b);
	return err ? 1 : 0;
}
