// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark baseline for aggregations: the equivalent of
 *
 *	dtrace -n 'syscall::getppid:entry { @[execname] = count(); }'
 *
 * A per-CPU hash keyed by the 16-byte comm, counted in place.
 */
#include "bench.bpf.h"

#define COMM_LEN 16

struct comm_key {
	char comm[COMM_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 10240);
	__type(key, struct comm_key);
	__type(value, __u64);
} agg SEC(".maps");

SEC("raw_tp/sys_enter")
int aggcount_getppid(struct bpf_raw_tracepoint_args *ctx)
{
	struct comm_key key;
	__u64 one = 1, *val;

	if (other_event(ctx))
		return 0;

	/* The helper fills all 16 bytes (NUL-padded), so the key is fully set. */
	bpf_get_current_comm(&key.comm, sizeof(key.comm));
	val = bpf_map_lookup_elem(&agg, &key);
	if (val)
		*val += 1;
	else
		bpf_map_update_elem(&agg, &key, &one, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
