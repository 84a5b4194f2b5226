// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark baseline: the least a BPF program can do to count getppid()
 * calls, i.e. the equivalent of
 *
 *	dtrace -n 'syscall::getppid:entry { n++; }'
 *
 * Attached to the sys_enter raw tracepoint: args[0] is the pt_regs pointer,
 * args[1] the syscall number.  The counter is a plain (non-atomic) global in
 * .bss, like a D global variable.
 */
#include "bench.bpf.h"

__u64 count = 0;

SEC("raw_tp/sys_enter")
int count_getppid(struct bpf_raw_tracepoint_args *ctx)
{
	if (other_event(ctx))
		return 0;
	count++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
