// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark baseline for an aggregation without keys: the equivalent of
 *
 *	dtrace -n 'syscall::getppid:entry { @ = count(); }'
 *
 * A per-CPU array of one slot, counted in place: no key to build and no
 * hash to search, the least an aggregation can cost.
 */
#include "bench.bpf.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} agg SEC(".maps");

SEC("raw_tp/sys_enter")
int aggone_getppid(struct bpf_raw_tracepoint_args *ctx)
{
	__u32 zero = 0;
	__u64 *val;

	if (other_event(ctx))
		return 0;
	val = bpf_map_lookup_elem(&agg, &zero);
	if (val)
		*val += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
