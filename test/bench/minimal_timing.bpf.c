// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark baseline for thread-local variables: the equivalent of
 *
 *	syscall::getppid:entry { self->x = timestamp; }
 *	syscall::getppid:return /self->x/ { t += timestamp - self->x; self->x = 0; }
 *
 * self->x lives in task storage, the fastest per-thread place a BPF program
 * has (no hash lookup; the kernel frees it when the thread exits); storing
 * 0 clears it.
 * At sys_exit the raw tracepoint only passes (regs, ret), so the syscall
 * number is read from regs->orig_ax (x86-64), with a CO-RE relocation.
 */
#include <linux/bpf.h>
#include <asm/unistd.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

/* Only the field we need; its offset is relocated against the kernel's BTF. */
struct pt_regs {
	unsigned long orig_ax;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);
} self_x SEC(".maps");

const volatile __u32 target_pid = 0;
/* Count the completed entry/return pairs (checking only; pruned when 0). */
const volatile __u32 count_pairs = 0;

__u64 t = 0;
__u64 pairs = 0;

SEC("raw_tp/sys_enter")
int timing_entry(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 pid_tgid, *x;

	if (ctx->args[1] != __NR_getppid)
		return 0;
	pid_tgid = bpf_get_current_pid_tgid();
	if (target_pid && (__u32)(pid_tgid >> 32) != target_pid)
		return 0;
	x = bpf_task_storage_get(&self_x, bpf_get_current_task_btf(), 0,
				 BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (x)
		*x = bpf_ktime_get_ns();
	return 0;
}

SEC("raw_tp/sys_exit")
int timing_return(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	__u64 *start;

	if (BPF_CORE_READ(regs, orig_ax) != __NR_getppid)
		return 0;
	start = bpf_task_storage_get(&self_x, bpf_get_current_task_btf(), 0, 0);
	if (!start || !*start)
		return 0;
	t += bpf_ktime_get_ns() - *start;
	if (count_pairs)
		pairs++;
	*start = 0;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
