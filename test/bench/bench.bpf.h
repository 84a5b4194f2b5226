/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What every hand-written benchmark program shares: the choice of events.
 * The programs attach to the sys_enter raw tracepoint (args[0] the pt_regs
 * pointer, args[1] the syscall number) and keep getppid() calls only, of
 * one process when the loader sets target_pid (bench_loader.c sets it from
 * -p; 0 = every process, and the verifier then prunes the pid test).
 */
#ifndef BENCH_BPF_H
#define BENCH_BPF_H

#include <linux/bpf.h>
#include <asm/unistd.h>
#include <bpf/bpf_helpers.h>

const volatile __u32 target_pid = 0;

/* Whether a sys_enter event is one the benchmark does not count. */
static __always_inline int other_event(const struct bpf_raw_tracepoint_args *ctx)
{
	if (ctx->args[1] != __NR_getppid)
		return 1;
	return target_pid && (__u32)(bpf_get_current_pid_tgid() >> 32) != target_pid;
}

#endif
