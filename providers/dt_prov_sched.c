/*
 * dt_prov_sched.c -- the sched provider: DTrace's scheduling probes on the
 * kernel's scheduler tracepoints (raw tracepoints, no kprobes).
 *
 *   on-cpu      sched_exit_tp when __schedule() switched: it runs on the
 *               stack of the thread that has just got the CPU, so
 *               curthread, pid and execname are that thread's, as DTrace
 *               documents.  A thread's very first run starts in
 *               ret_from_fork, not in __schedule(), and has no on-cpu.
 *   remain-cpu  sched_exit_tp when __schedule() kept the current thread.
 *   off-cpu     sched_switch, in the context of the thread leaving the CPU;
 *               args[0]/args[1] describe the thread about to run.
 *   sleep       sched_switch of a thread that blocks (not preempted, a
 *               non-running state).
 *   preempt     sched_switch of a thread that stays runnable.
 *   dequeue     sched_switch: the thread about to run leaves its run queue
 *               (Linux takes the running entity out of the queue's tree, as
 *               DTrace's dispatcher does); args[2] is this CPU.
 *   enqueue     sched_wakeup and sched_wakeup_new: the thread is put on a
 *               run queue; args[2] is the CPU of that queue.
 *   wakeup      sched_waking, in the context of the waker (sched_wakeup of
 *               a thread woken on another CPU runs there, queued, in
 *               whatever context that CPU is in).
 *   tick        hrtimer_expire_entry of the per-CPU tick timer (its callback
 *               is tick_nohz_handler, found in /proc/kallsyms), in the
 *               context of the thread the tick interrupts; an idle CPU
 *               whose tick is stopped (NO_HZ) has none.
 *   change-pri  sched_pi_setprio (priority inheritance): args[2] is the new
 *               priority in Linux's scale (lower is more urgent), as
 *               lwpsinfo_t's pr_pri.
 *
 * Each probe is its own attach point (its program filters and fills the
 * arguments of the one probe), so a tracepoint shared by several enabled
 * probes runs one program per probe.
 */
#include <bpf/bpf.h>
#include <stdio.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

/* Which invocations of the tracepoint are the probe's. */
enum sched_filter {
	SF_ALL,
	SF_SWITCHED,    /* sched_exit_tp(is_switch): a switch happened */
	SF_KEPT,        /* sched_exit_tp(!is_switch) */
	SF_BLOCKS,      /* sched_switch(preempt, prev, next, prev_state): !preempt && prev_state */
	SF_RUNNABLE,    /* sched_switch: preempt || !prev_state */
	SF_TICK,        /* hrtimer_expire_entry(timer, now) of the scheduler tick's timer */
};

/* Where args[2] comes from. */
enum sched_arg2 {
	SA_NONE,
	SA_THIS_CPU,    /* cpuinfo_t * of the CPU running the probe */
	SA_TASK_CPU,    /* cpuinfo_t * of the task's CPU */
	SA_NEW_PRIO,    /* the priority sched_pi_setprio gives the task */
};

typedef struct sched_probe {
	const char *name;
	const char *tp[2];      /* raw tracepoints (the second may be NULL) */
	enum sched_filter filter;
	int task;               /* context word holding the task the args describe, -1: none */
	enum sched_arg2 arg2;
} sched_probe_t;

static const sched_probe_t sched_probes[] = {
	{ "on-cpu", { "sched_exit_tp" }, SF_SWITCHED, -1, SA_NONE },
	{ "remain-cpu", { "sched_exit_tp" }, SF_KEPT, -1, SA_NONE },
	{ "off-cpu", { "sched_switch" }, SF_ALL, 2, SA_NONE },
	{ "sleep", { "sched_switch" }, SF_BLOCKS, -1, SA_NONE },
	{ "preempt", { "sched_switch" }, SF_RUNNABLE, -1, SA_NONE },
	{ "dequeue", { "sched_switch" }, SF_ALL, 2, SA_THIS_CPU },
	{ "enqueue", { "sched_wakeup", "sched_wakeup_new" }, SF_ALL, 0, SA_TASK_CPU },
	{ "wakeup", { "sched_waking" }, SF_ALL, 0, SA_NONE },
	{ "change-pri", { "sched_pi_setprio" }, SF_ALL, 0, SA_NEW_PRIO },
	{ "tick", { "hrtimer_expire_entry" }, SF_TICK, -1, SA_NONE },
};
#define SCHED_NPROBES (sizeof(sched_probes) / sizeof(sched_probes[0]))

/* The trace event group of a tracepoint the provider uses. */
static const char *
sched_group(const char *tp)
{
	return strncmp(tp, "hrtimer_", 8) == 0 ? "timer" : "sched";
}

/*
 * A probe exists when its tracepoints are trace events of this kernel
 * (tracefs lists them: no BTF is opened, so that programs that do not use
 * the provider start as fast as before).  sched_exit_tp is a bare
 * tracepoint that tracefs does not list: on-cpu and remain-cpu are
 * offered with sched_switch, and a kernel older than 6.16, without it,
 * refuses their attachment, saying which tracepoint is missing.
 */
static int
sched_populate(dtrace_hdl_t *dtp)
{
	for (size_t i = 0; i < SCHED_NPROBES; i++) {
		const sched_probe_t *sp = &sched_probes[i];
		bool ok = true;

		for (int k = 0; k < 2 && sp->tp[k]; k++)
			ok = ok && dt_tracefs_event_exists(dtp, sched_group(sp->tp[k]),
							   strcmp(sp->tp[k], "sched_exit_tp") == 0 ?
							   "sched_switch" : sp->tp[k]);
		if (ok)
			dt_probe_create(dtp, &dt_prov_sched, "", "", sp->name, i, 0);
	}
	return 0;
}

static void
sched_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	const sched_probe_t *sp = &sched_probes[prp->data];
	dt_argdesc_t a[3] = {
		{ "struct task_struct *", "lwpsinfo_t *", NULL, 0 },
		{ "struct task_struct *", "psinfo_t *", NULL, 0 },
		{ "int", NULL, NULL, 2 },
	};

	(void)dtp;
	if (sp->task < 0)
		return;
	if (sp->arg2 == SA_THIS_CPU || sp->arg2 == SA_TASK_CPU)
		a[2].xlate = "cpuinfo_t *";
	dt_probe_set_args(prp, sp->arg2 == SA_NONE ? 2 : 3, a);
}

static uint64_t
sched_attach_key(const dt_probe_t *prp)
{
	return prp->id;
}

static uint32_t
sched_nlocal(const dt_attach_t *ap)
{
	(void)ap;
	return 1;
}

static uint32_t
sched_local_index(const dt_probe_t *prp)
{
	(void)prp;
	return 0;
}

/* Return from the program (the probe does not fire). */
static void
sched_emit_return(dt_insnbuf_t *ib)
{
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
	dt_ib_emit(ib, EXIT_INSN());
}

/* The probe's filter on the tracepoint's arguments (r1: the context). */
static void
sched_emit_filter(dt_insnbuf_t *ib, enum sched_filter f)
{
	switch (f) {
	case SF_ALL:
	case SF_TICK:
		return;
	case SF_SWITCHED:
	case SF_KEPT:
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 0));
		dt_ib_emit(ib, JMP_IMM(f == SF_SWITCHED ? BPF_JNE : BPF_JEQ, BPF_REG_2, 0, 2));
		break;
	case SF_BLOCKS:
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 0));
		dt_ib_emit(ib, JMP_IMM(BPF_JNE, BPF_REG_2, 0, 2));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 24));
		dt_ib_emit(ib, JMP_IMM(BPF_JNE, BPF_REG_2, 0, 2));
		break;
	case SF_RUNNABLE:
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 0));
		dt_ib_emit(ib, JMP_IMM(BPF_JNE, BPF_REG_2, 0, 4));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 24));
		dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_2, 0, 2));
		break;
	}
	sched_emit_return(ib);
}

/* The address of the tick's hrtimer callback, 0 if the kernel does not show it. */
static uint64_t
sched_tick_handler(void)
{
	char line[256], name[128];
	unsigned long long addr = 0, a;
	char type;
	FILE *f = fopen("/proc/kallsyms", "r");

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%llx %c %127s", &a, &type, name) == 3 &&
		    strcmp(name, "tick_nohz_handler") == 0) {
			addr = a;
			break;
		}
	fclose(f);
	return addr;
}

/*
 * sched:::tick: the timer that expires is the tick's when its function
 * is the tick handler (read with a fault-tolerant load: the timer is the
 * kernel's).
 */
static void
sched_emit_tick_filter(dtrace_hdl_t *dtp, dt_insnbuf_t *ib)
{
	uint64_t fn = sched_tick_handler();
	uint32_t off;

	if (fn == 0 || dt_btf_member_offset(dtp, "struct hrtimer", "function", &off) != 0) {
		sched_emit_return(ib);   /* sched_attach refuses it first */
		return;
	}
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(0), 0));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)off));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_10));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, DCTX_ARG(0)));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, 8));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_ARG(0)));
	dt_ib_emit(ib, LD_IMM64_LO(BPF_REG_3, 0, fn));
	dt_ib_emit(ib, LD_IMM64_HI(fn));
	dt_ib_emit(ib, JMP_REG(BPF_JEQ, BPF_REG_2, BPF_REG_3, 2));
	sched_emit_return(ib);
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
}

/* Read the 32-bit integer at (src + off) into DCTX_ARG(slot), zero on a fault. */
static void
sched_emit_read32(dt_insnbuf_t *ib, int src, uint32_t off, int slot)
{
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(slot), 0));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_3, src));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)off));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_10));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, DCTX_ARG(slot)));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, 4));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	/* an int: sign-extend the low word read into the zeroed slot */
	dt_ib_emit(ib, LDX_MEM(BPF_W, BPF_REG_2, BPF_REG_10, DCTX_ARG(slot)));
	dt_ib_emit(ib, ALU64_IMM(BPF_LSH, BPF_REG_2, 32));
	dt_ib_emit(ib, ALU64_IMM(BPF_ARSH, BPF_REG_2, 32));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(slot)));
}

/*
 * args[2]: this CPU, the task's CPU (task_struct.thread_info.cpu), or the
 * priority sched_pi_setprio(tsk, pi_task) sets: pi_task's if it is more
 * urgent than the task's own (normal_prio), else the task's own.
 */
static void
sched_emit_arg2(dtrace_hdl_t *dtp, dt_insnbuf_t *ib, const sched_probe_t *sp)
{
	uint32_t ti, cpu, prio, nprio;

	switch (sp->arg2) {
	case SA_NONE:
		return;
	case SA_THIS_CPU:
		dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_get_smp_processor_id));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, DCTX_ARG(2)));
		return;
	case SA_TASK_CPU:
		if (dt_btf_member_offset(dtp, "struct task_struct", "thread_info", &ti) != 0 ||
		    dt_btf_member_offset(dtp, "struct thread_info", "cpu", &cpu) != 0) {
			dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(2), -1));
			return;
		}
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_6, BPF_REG_10, DCTX_ARG(0)));
		sched_emit_read32(ib, BPF_REG_6, ti + cpu, 2);
		return;
	case SA_NEW_PRIO:
		if (dt_btf_member_offset(dtp, "struct task_struct", "prio", &prio) != 0 ||
		    dt_btf_member_offset(dtp, "struct task_struct", "normal_prio", &nprio) != 0) {
			dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(2), -1));
			return;
		}
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_6, BPF_REG_10, DCTX_ARG(0)));
		sched_emit_read32(ib, BPF_REG_6, nprio, 2);
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_6, BPF_REG_1, 8));
		/* no pi_task: the task's own priority stands */
		dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_6, 0, 17));
		sched_emit_read32(ib, BPF_REG_6, prio, 1);   /* 11 instructions */
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_ARG(1)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_10, DCTX_ARG(2)));
		dt_ib_emit(ib, JMP_REG(BPF_JSGE, BPF_REG_2, BPF_REG_3, 1));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(2)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_ARG(0)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(1)));
		return;
	}
}

static void
sched_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	dt_probe_t *prp = ap->probes[0];
	const sched_probe_t *sp = &sched_probes[prp->data];

	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
	if (sp->filter == SF_TICK)
		sched_emit_tick_filter(dtp, ib);
	else
		sched_emit_filter(ib, sp->filter);
	dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_PRID, (int32_t)prp->id));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_LOCAL, 0));
	if (!(uses & DT_USES_ARGS))
		return;
	for (int i = 0; i < 10; i++)
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
	if (sp->task < 0)
		return;
	/* arg0 and arg1: the task the arguments describe */
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, (int16_t)(8 * sp->task)));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(0)));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(1)));
	sched_emit_arg2(dtp, ib, sp);
}

static int
sched_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	const sched_probe_t *sp = &sched_probes[ap->probes[0]->data];

	if (sp->filter == SF_TICK && sched_tick_handler() == 0) {
		dt_set_errmsg(dtp, "could not enable tracing: sched:::tick: the tick handler "
			      "(tick_nohz_handler) is not in /proc/kallsyms");
		return -1;
	}
	for (int k = 0; k < 2 && sp->tp[k]; k++)
		if (dt_sdt_attach_raw(dtp, ap, sp->tp[k]) != 0)
			return -1;
	return 0;
}

/* DTrace's sched provider: evolving names and data, ISA dependency. */
static const dt_pattr_t sched_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.name = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.args = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
};

const dt_provider_t dt_prov_sched = {
	.name = "sched",
	.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT,
	.attr = &sched_attr,
	.probe_args = sched_probe_args,
	.populate = sched_populate,
	.attach_key = sched_attach_key,
	.nlocal = sched_nlocal,
	.local_index = sched_local_index,
	.gen_prologue = sched_gen_prologue,
	.attach = sched_attach,
};
