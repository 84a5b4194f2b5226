// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark baseline for a power-of-two histogram of a syscall argument:
 * the equivalent of
 *
 *	dtrace -n 'syscall::getppid:entry { @ = quantize(arg0); }'
 *
 * A per-CPU array of one slot holding DTrace's quantize() buckets (127
 * counters: 63 is zero, 64 + log2(v) for v > 0, 62 - log2(-v) for v < 0,
 * as libdtrace/dt_impl.h lays them out), the bucket found by a log2 by
 * halves.  The first argument is read as in minimal_aggsum.bpf.c.
 */
#include "bench.bpf.h"
#include <bpf/bpf_core_read.h>

#define QUANTIZE_NBUCKETS 127
#define QUANTIZE_ZERO 63

struct pt_regs {
	unsigned long di;
} __attribute__((preserve_access_index));

struct buckets {
	__u64 count[QUANTIZE_NBUCKETS];
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct buckets);
} agg SEC(".maps");

/* The index of the highest bit set in v (v != 0). */
static __always_inline __u32 log2_u64(__u64 v)
{
	__u32 r = 0;

	if (v >> 32) { v >>= 32; r += 32; }
	if (v >> 16) { v >>= 16; r += 16; }
	if (v >> 8) { v >>= 8; r += 8; }
	if (v >> 4) { v >>= 4; r += 4; }
	if (v >> 2) { v >>= 2; r += 2; }
	if (v >> 1) r += 1;
	return r;
}

static __always_inline __u32 quantize_bucket(__s64 v)
{
	__u32 lg;

	if (v == 0)
		return QUANTIZE_ZERO;
	if (v > 0)
		return QUANTIZE_ZERO + 1 + log2_u64((__u64)v);	/* at most 126 */
	lg = log2_u64(-(__u64)v);
	/* -2^63 has log2 63: it shares the lowest bucket with [-2^63, -2^62) */
	return lg >= QUANTIZE_ZERO ? 0 : QUANTIZE_ZERO - 1 - lg;
}

SEC("raw_tp/sys_enter")
int aggquant_getppid(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	struct buckets *b;
	__u32 zero = 0, i;

	if (other_event(ctx))
		return 0;
	b = bpf_map_lookup_elem(&agg, &zero);
	if (!b)
		return 0;
	i = quantize_bucket((__s64)BPF_CORE_READ(regs, di));
	if (i < QUANTIZE_NBUCKETS)	/* always; says so to the verifier */
		b->count[i] += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
