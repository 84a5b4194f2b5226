// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark baseline for a keyed sum of a syscall argument: the equivalent of
 *
 *	dtrace -n 'syscall::getppid:entry { @[pid] = sum(arg0); }'
 *
 * A per-CPU hash keyed by the pid, widened to 8 bytes as dtrace lays out
 * an integer key, adding arg0 in place.  sys_enter passes (regs, id): the
 * first argument is regs->di (x86-64), read with bpf_probe_read_kernel()
 * as dtrace's syscall provider reads it, the offset relocated against the
 * kernel's BTF.
 */
#include "bench.bpf.h"
#include <bpf/bpf_core_read.h>

/* Only the field we need; its offset is relocated against the kernel's BTF. */
struct pt_regs {
	unsigned long di;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 10240);
	__type(key, __u64);
	__type(value, __u64);
} agg SEC(".maps");

SEC("raw_tp/sys_enter")
int aggsum_getppid(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	__u64 key, arg0, *val;

	if (other_event(ctx))
		return 0;
	key = bpf_get_current_pid_tgid() >> 32;
	arg0 = BPF_CORE_READ(regs, di);
	val = bpf_map_lookup_elem(&agg, &key);
	if (val)
		*val += arg0;
	else
		bpf_map_update_elem(&agg, &key, &arg0, BPF_NOEXIST);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
