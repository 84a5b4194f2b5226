/*
 * dt_prov_proc.c -- the proc provider: process and thread life cycle and
 * signals, with DTrace's probe names and argument types (Dynamic Tracing
 * Guide, "proc Provider"), on the tracepoints this kernel has.
 *
 * Every probe is one raw tracepoint attachment whose prologue keeps only
 * the events the probe stands for (tracepoints shared by several probes
 * are told apart there) and puts DTrace's arguments in arg0 .. arg9:
 *
 *   exec            sys_enter of execve/execveat   args[0] string path
 *   exec-success    sched_process_exec (new image)
 *   exec-failure    sys_exit of execve/execveat < 0 args[0] int errno
 *   lwp-exit        sched_process_exit (every thread)
 *   exit            sched_process_exit, last thread args[0] int CLD_* reason
 *   lwp-create      task_newtask (every new thread)  lwpsinfo_t *, psinfo_t *
 *   create          task_newtask, not CLONE_THREAD  args[0] psinfo_t * child
 *   start           sys_exit of fork/clone, 0, in a new process's first thread
 *   lwp-start       the same in every new thread
 *   signal-send     signal_generate, not ignored    lwpsinfo_t *, psinfo_t *, int
 *   signal-discard  signal_generate, ignored        the same
 *   signal-handle   signal_deliver                  int, siginfo_t *, handler
 *   signal-clear    sys_exit of rt_sigtimedwait > 0 args[0] int signal
 *
 * The psinfo_t/lwpsinfo_t arguments are the task translated by the D
 * library's translators (dt_dlib.c); the path of exec is the user string
 * the syscall was given (copyinstr()).  Syscall numbers are x86-64's.
 */
#include <bpf/bpf.h>
#include <errno.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

/* x86-64 syscall numbers and struct pt_regs offsets (see dt_prov_syscall.c) */
#define NR_CLONE 56
#define NR_FORK 57
#define NR_VFORK 58
#define NR_EXECVE 59
#define NR_RT_SIGTIMEDWAIT 128
#define NR_EXECVEAT 322
#define NR_CLONE3 435
#define REGS_SI 104
#define REGS_DI 112
#define REGS_ORIG_AX 120

#define CLONE_THREAD_FLAG 0x10000
#define TRACE_SIGNAL_IGNORED 1     /* signal_generate's result */

/* What a probe's prologue keeps and what it passes on. */
enum proc_kind {
	PK_EXEC, PK_EXEC_SUCCESS, PK_EXEC_FAILURE, PK_LWP_EXIT, PK_EXIT, PK_LWP_CREATE,
	PK_CREATE, PK_START, PK_LWP_START, PK_SIGNAL_SEND, PK_SIGNAL_DISCARD,
	PK_SIGNAL_HANDLE, PK_SIGNAL_CLEAR,
};

typedef struct proc_probe {
	const char *name;
	const char *tracepoint;
	int argc;
	dt_argdesc_t argv[3];
} proc_probe_t;

#define TASK "struct task_struct *"

/*
 * Indexed by enum proc_kind; prp->data holds the kind.  Probes of one
 * tracepoint fire in attachment order, which is id order: the thread's
 * probe before the process's on the way out and in (lwp-exit, exit;
 * lwp-create, create), the process's first on a new thread (start,
 * lwp-start), as DTrace fires them.
 */
static const proc_probe_t proc_probes[] = {
	[PK_EXEC] = { "exec", "sys_enter", 1, { { "char *", "string", NULL, 0 } } },
	[PK_EXEC_SUCCESS] = { "exec-success", "sched_process_exec", 0, { { 0 } } },
	[PK_EXEC_FAILURE] = { "exec-failure", "sys_exit", 1, { { "int", NULL, NULL, 0 } } },
	[PK_LWP_EXIT] = { "lwp-exit", "sched_process_exit", 0, { { 0 } } },
	[PK_EXIT] = { "exit", "sched_process_exit", 1, { { "int", NULL, NULL, 0 } } },
	[PK_LWP_CREATE] = { "lwp-create", "task_newtask", 2,
			    { { TASK, "lwpsinfo_t *", NULL, 0 }, { TASK, "psinfo_t *", NULL, 0 } } },
	[PK_CREATE] = { "create", "task_newtask", 1, { { TASK, "psinfo_t *", NULL, 0 } } },
	[PK_START] = { "start", "sys_exit", 0, { { 0 } } },
	[PK_LWP_START] = { "lwp-start", "sys_exit", 0, { { 0 } } },
	[PK_SIGNAL_SEND] = { "signal-send", "signal_generate", 3,
			     { { TASK, "lwpsinfo_t *", NULL, 0 }, { TASK, "psinfo_t *", NULL, 0 },
			       { "int", NULL, NULL, 1 } } },
	[PK_SIGNAL_DISCARD] = { "signal-discard", "signal_generate", 3,
				{ { TASK, "lwpsinfo_t *", NULL, 0 },
				  { TASK, "psinfo_t *", NULL, 0 }, { "int", NULL, NULL, 1 } } },
	[PK_SIGNAL_HANDLE] = { "signal-handle", "signal_deliver", 3,
			       { { "int", NULL, NULL, 0 }, { "siginfo_t *", NULL, NULL, 1 },
				 { "void (*)(void)", NULL, NULL, 2 } } },
	[PK_SIGNAL_CLEAR] = { "signal-clear", "sys_exit", 1, { { "int", NULL, NULL, 0 } } },
};

#define NPROBES (sizeof(proc_probes) / sizeof(proc_probes[0]))

static int
proc_populate(dtrace_hdl_t *dtp)
{
	for (size_t i = 0; i < NPROBES; i++)
		dt_probe_create(dtp, &dt_prov_proc, "", "", proc_probes[i].name, i, 0);
	return 0;
}

static void
proc_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	const proc_probe_t *pp = &proc_probes[prp->data];

	(void)dtp;
	dt_probe_set_args(prp, pp->argc, pp->argv);
}

static uint64_t
proc_attach_key(const dt_probe_t *prp)
{
	return prp->id;
}

static uint32_t
proc_nlocal(const dt_attach_t *ap)
{
	(void)ap;
	return 1;
}

static uint32_t
proc_local_index(const dt_probe_t *prp)
{
	(void)prp;
	return 0;
}

#define E(insn) dt_ib_emit(ib, insn)

/* Leave the program: the event is not this probe's. */
static void
emit_drop(dt_insnbuf_t *ib)
{
	E(MOV64_IMM(BPF_REG_0, 0));
	E(EXIT_INSN());
}

/* r1 = the context (the helpers called before clobber it). */
static void
emit_ctx(dt_insnbuf_t *ib)
{
	E(LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
}

/* *(u64 *)(fp + slot) = *(u64 *)(r3) of kernel memory, size bytes (slot zeroed first). */
static void
emit_read_kernel(dt_insnbuf_t *ib, int16_t slot, int32_t size)
{
	E(ST_MEM(BPF_DW, BPF_REG_10, slot, 0));
	E(MOV64_REG(BPF_REG_1, BPF_REG_10));
	E(ALU64_IMM(BPF_ADD, BPF_REG_1, slot));
	E(MOV64_IMM(BPF_REG_2, size));
	E(CALL_HELPER(BPF_FUNC_probe_read_kernel));
}

/*
 * sys_exit(regs, ret): r2 = the syscall number (regs->orig_ax), r4 = the
 * return value, r1 = the context.  arg9's slot is the scratch space (the
 * arguments are set after).
 */
static void
emit_sys_exit(dt_insnbuf_t *ib)
{
	E(LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
	E(ALU64_IMM(BPF_ADD, BPF_REG_3, REGS_ORIG_AX));
	emit_read_kernel(ib, DCTX_ARG(9), 8);
	E(LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_ARG(9)));
	emit_ctx(ib);
	E(LDX_MEM(BPF_DW, BPF_REG_4, BPF_REG_1, 8));
}

/* Drop unless r2 is nr1 or nr2 (nr2 < 0: nr1 only). */
static void
emit_keep_nr(dt_insnbuf_t *ib, int nr1, int nr2)
{
	E(JMP_IMM(BPF_JEQ, BPF_REG_2, nr1, nr2 < 0 ? 2 : 3));
	if (nr2 >= 0)
		E(JMP_IMM(BPF_JEQ, BPF_REG_2, nr2, 2));
	emit_drop(ib);
}

/* Drop unless the current thread is the first of its process. */
static void
emit_keep_leader(dt_insnbuf_t *ib)
{
	E(CALL_HELPER(BPF_FUNC_get_current_pid_tgid));
	E(MOV64_REG(BPF_REG_2, BPF_REG_0));
	E(ALU64_IMM(BPF_RSH, BPF_REG_2, 32));
	E(MOV32_REG(BPF_REG_0, BPF_REG_0));
	E(JMP_REG(BPF_JEQ, BPF_REG_0, BPF_REG_2, 2));
	emit_drop(ib);
}

static void
emit_arg_from_ctx(dt_insnbuf_t *ib, int arg, int16_t ctxoff)
{
	E(LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, ctxoff));
	E(STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(arg)));
}

/* exec: the filename pointer, in di (execve) or si (execveat). */
static void
emit_exec(dt_insnbuf_t *ib, bool args)
{
	E(LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 8));
	E(MOV64_IMM(BPF_REG_4, REGS_DI));
	E(JMP_IMM(BPF_JEQ, BPF_REG_2, NR_EXECVE, 4));
	E(MOV64_IMM(BPF_REG_4, REGS_SI));
	E(JMP_IMM(BPF_JEQ, BPF_REG_2, NR_EXECVEAT, 2));
	emit_drop(ib);
	if (!args)
		return;
	E(LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
	E(ALU64_REG(BPF_ADD, BPF_REG_3, BPF_REG_4));
	emit_read_kernel(ib, DCTX_ARG(0), 8);
}

/*
 * exit: the reason, from the task's exit code as wait(2) reports it: a
 * signal number in the low 7 bits means killed (CLD_KILLED 2, CLD_DUMPED 3
 * with the core bit 0x80), none a normal exit (CLD_EXITED 1).
 */
static void
emit_exit_reason(dtrace_hdl_t *dtp, dt_insnbuf_t *ib)
{
	uint32_t off = 0;

	if (dt_btf_member_offset(dtp, "struct task_struct", "exit_code", &off) != 0) {
		E(ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(0), 0));
		return;
	}
	E(LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
	E(ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)off));
	emit_read_kernel(ib, DCTX_ARG(0), 4);
	E(LDX_MEM(BPF_W, BPF_REG_2, BPF_REG_10, DCTX_ARG(0)));
	E(MOV64_IMM(BPF_REG_3, 1));
	E(MOV64_REG(BPF_REG_4, BPF_REG_2));
	E(ALU64_IMM(BPF_AND, BPF_REG_4, 0x7f));
	E(JMP_IMM(BPF_JEQ, BPF_REG_4, 0, 4));
	E(MOV64_IMM(BPF_REG_3, 2));
	E(ALU64_IMM(BPF_AND, BPF_REG_2, 0x80));
	E(JMP_IMM(BPF_JEQ, BPF_REG_2, 0, 1));
	E(MOV64_IMM(BPF_REG_3, 3));
	E(STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_3, DCTX_ARG(0)));
}

/*
 * The filter first (it must run whatever the clauses use), then the
 * arguments, which need the context in r1.
 */
static void
proc_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	dt_probe_t *prp = ap->probes[0];
	bool args = (uses & DT_USES_ARGS) != 0;
	enum proc_kind k = (enum proc_kind)prp->data;

	if (args)
		for (int i = 0; i < 10; i++)
			E(ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
	switch (k) {
	case PK_EXEC:
		emit_exec(ib, args);
		break;
	case PK_EXEC_SUCCESS:
		break;
	case PK_EXEC_FAILURE:
	case PK_START:
	case PK_LWP_START:
	case PK_SIGNAL_CLEAR:
		emit_sys_exit(ib);
		if (k == PK_EXEC_FAILURE) {
			emit_keep_nr(ib, NR_EXECVE, NR_EXECVEAT);
			/* an error is -4095 .. -1 */
			E(JMP_IMM(BPF_JSGE, BPF_REG_4, 0, 1));
			E(JMP_IMM(BPF_JSGE, BPF_REG_4, -4095, 2));
			emit_drop(ib);
			E(NEG64(BPF_REG_4));
			E(STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_4, DCTX_ARG(0)));
		} else if (k == PK_SIGNAL_CLEAR) {
			emit_keep_nr(ib, NR_RT_SIGTIMEDWAIT, -1);
			E(JMP_IMM(BPF_JSGT, BPF_REG_4, 0, 2));
			emit_drop(ib);
			E(STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_4, DCTX_ARG(0)));
		} else {
			/* the child's first return from fork/clone: 0 */
			E(JMP_IMM(BPF_JNE, BPF_REG_4, 0, 4));
			E(JMP_IMM(BPF_JEQ, BPF_REG_2, NR_CLONE3, 5));
			E(JMP_IMM(BPF_JLT, BPF_REG_2, NR_CLONE, 2));
			E(JMP_IMM(BPF_JGT, BPF_REG_2, NR_VFORK, 1));
			E(JA(2));
			emit_drop(ib);
			/* lwp-start for every new thread; start for a new process's */
			if (k == PK_START)
				emit_keep_leader(ib);
		}
		if (args)   /* the scratch space */
			E(ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(9), 0));
		break;
	case PK_EXIT:
	case PK_LWP_EXIT:
		/*
		 * sched_process_exit(task, group_dead): every thread's is an
		 * lwp-exit, the last thread's the process's exit too.
		 */
		if (k == PK_LWP_EXIT)
			break;
		E(LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 8));
		E(ALU64_IMM(BPF_AND, BPF_REG_2, 0xff));
		E(JMP_IMM(BPF_JNE, BPF_REG_2, 0, 2));
		emit_drop(ib);
		if (args)
			emit_exit_reason(dtp, ib);
		break;
	case PK_CREATE:
	case PK_LWP_CREATE:
		/*
		 * task_newtask(task, clone_flags): every new thread is an
		 * lwp-create, one without CLONE_THREAD a process's create too.
		 */
		if (k == PK_CREATE) {
			E(LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 8));
			E(ALU64_IMM(BPF_AND, BPF_REG_2, CLONE_THREAD_FLAG));
			E(JMP_IMM(BPF_JEQ, BPF_REG_2, 0, 2));
			emit_drop(ib);
		}
		if (args)
			emit_arg_from_ctx(ib, 0, 0);
		break;
	case PK_SIGNAL_SEND:
	case PK_SIGNAL_DISCARD:
		/* signal_generate(sig, info, task, group, result) */
		E(LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 32));
		E(JMP_IMM(k == PK_SIGNAL_DISCARD ? BPF_JEQ : BPF_JNE, BPF_REG_2,
			  TRACE_SIGNAL_IGNORED, 2));
		emit_drop(ib);
		if (args) {
			emit_arg_from_ctx(ib, 0, 16);
			emit_arg_from_ctx(ib, 1, 0);
		}
		break;
	case PK_SIGNAL_HANDLE:
		/* signal_deliver(sig, info, ka): the handler is ka->sa.sa_handler, at 0 */
		if (args) {
			emit_arg_from_ctx(ib, 0, 0);
			emit_arg_from_ctx(ib, 1, 8);
			E(LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 16));
			emit_read_kernel(ib, DCTX_ARG(2), 8);
		}
		break;
	}
	E(ST_MEM(BPF_W, BPF_REG_10, DCTX_PRID, (int32_t)prp->id));
	E(ST_MEM(BPF_DW, BPF_REG_10, DCTX_LOCAL, 0));
}

#undef E

static int
proc_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	const char *tp = proc_probes[ap->probes[0]->data].tracepoint;
	int fd = bpf_raw_tracepoint_open(tp, ap->prog_fd);

	if (fd < 0) {
		dt_set_errmsg(dtp, "could not enable tracing: attaching to raw tracepoint %s: %s", tp,
			      strerror(errno));
		return -1;
	}
	dt_attach_add_fd(ap, fd);
	return 0;
}

/* DTrace's proc provider: stable names and arguments, common to every platform. */
static const dt_pattr_t proc_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.name = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.args = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
};

const dt_provider_t dt_prov_proc = {
	.name = "proc",
	.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT,
	.attr = &proc_attr,
	.probe_args = proc_probe_args,
	.populate = proc_populate,
	.attach_key = proc_attach_key,
	.nlocal = proc_nlocal,
	.local_index = proc_local_index,
	.gen_prologue = proc_gen_prologue,
	.attach = proc_attach,
};
