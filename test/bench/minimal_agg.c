/*
 * minimal_agg: loader for the hand-written aggregation baselines
 * (minimal_agg*.bpf.o), each the equivalent of one dtrace aggregation:
 *
 *	minimal_aggcount.bpf.o   @[execname] = count();   comm-keyed hash
 *	minimal_aggone.bpf.o     @ = count();             one-slot array
 *	minimal_aggsum.bpf.o     @[pid] = sum(arg0);      pid-keyed hash
 *	minimal_aggquant.bpf.o   @ = quantize(arg0);      one slot of 127 buckets
 *
 *	minimal_agg -o OBJECT [-p PID] [-v]
 *
 * Every object keeps its aggregation in a per-CPU map named "agg" whose
 * values are arrays of 64-bit words.  Prints "ready" once attached; on stdin
 * EOF or SIGINT/SIGTERM prints one "KEY N" line per key (N: the key's words
 * summed over the CPUs; the key as a number when it is 4 or 8 bytes, else as
 * a string), then "[I] N" for each nonzero word of a value of several words
 * (the buckets of a histogram), then "total N", all the keys' N summed.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "bench_loader.h"

static void print_key(const void *key, size_t ksize)
{
	if (ksize == sizeof(uint64_t)) {
		uint64_t k;

		memcpy(&k, key, sizeof(k));
		printf("%-16" PRIu64, k);
	} else if (ksize == sizeof(uint32_t)) {
		uint32_t k;

		memcpy(&k, key, sizeof(k));
		printf("%-16" PRIu32, k);
	} else {
		printf("%-16.*s", (int)ksize, (const char *)key);
	}
}

/* Print the key's words summed over the CPUs; returns their sum. */
static uint64_t print_value(const uint64_t *vals, size_t nwords, int ncpus,
			    uint64_t *words)
{
	uint64_t sum = 0;
	size_t w;
	int cpu;

	memset(words, 0, nwords * sizeof(*words));
	for (cpu = 0; cpu < ncpus; cpu++)
		for (w = 0; w < nwords; w++)
			words[w] += vals[(size_t)cpu * nwords + w];
	for (w = 0; w < nwords; w++)
		sum += words[w];
	printf(" %" PRIu64 "\n", sum);
	for (w = 0; nwords > 1 && w < nwords; w++)
		if (words[w])
			printf("  [%zu] %" PRIu64 "\n", w, words[w]);
	return sum;
}

static int print_agg(struct bench *b)
{
	struct bpf_map *map = bpf_object__find_map_by_name(b->obj, "agg");
	size_t ksize, nwords;
	uint64_t *vals = NULL, *words = NULL, total = 0;
	char *key = NULL, *next = NULL;
	int ncpus, first = 1, err = -1;

	if (!map) {
		fprintf(stderr, "no map 'agg'\n");
		return -1;
	}
	ncpus = libbpf_num_possible_cpus();
	if (ncpus <= 0)
		return -1;
	ksize = bpf_map__key_size(map);
	/* The kernel hands out each CPU's value rounded up to 8 bytes. */
	nwords = (bpf_map__value_size(map) + 7) / 8;
	key = malloc(ksize);
	next = malloc(ksize);
	vals = calloc((size_t)ncpus * nwords, sizeof(*vals));
	words = calloc(nwords, sizeof(*words));
	if (!key || !next || !vals || !words)
		goto out;

	while (bpf_map__get_next_key(map, first ? NULL : key, next, ksize) == 0) {
		first = 0;
		memcpy(key, next, ksize);
		if (bpf_map__lookup_elem(map, key, ksize, vals,
					 (size_t)ncpus * nwords * sizeof(*vals), 0))
			continue;	/* deleted meanwhile */
		print_key(key, ksize);
		total += print_value(vals, nwords, ncpus, words);
	}
	printf("total %" PRIu64 "\n", total);
	err = 0;
out:
	free(key);
	free(next);
	free(vals);
	free(words);
	return err;
}

int main(int argc, char **argv)
{
	struct bench_opts opts;
	struct bench b;
	int err;

	bench_parse_args(argc, argv, "minimal_agg", &opts);
	if (bench_open(&b, &opts))
		return 1;
	err = bench_load_attach(&b);
	if (!err) {
		bench_wait();
		err = print_agg(&b);
	}
	bench_close(&b);
	return err ? 1 : 0;
}
