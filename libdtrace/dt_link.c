/*
 * dt_link.c -- the linker/loader: group enabled probes into attach points,
 * number the enabled probes (EPIDs), build one trampoline program per attach
 * point around the clause bodies, create the maps, patch map references,
 * append the runtime functions called, and load the programs.
 */
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"
#include "dt_runtime.h"

#define DT_PDESC_VALSIZE 320
#define DT_INLINE_GUARD  4   /* up to this many locals: compare, else bitmap */

typedef struct dt_guardtab {
	uint8_t *data;
	size_t len;
} dt_guardtab_t;

static dt_attach_t *
dt_attach_for(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	uint64_t key = prp->pv->attach_key(prp);
	dt_attach_t *ap, **tail = &dtp->attaches;

	for (ap = dtp->attaches; ap; ap = ap->next) {
		if (ap->pv == prp->pv && ap->key == key)
			return ap;
		tail = &ap->next;
	}
	ap = dt_zalloc(sizeof(*ap));
	ap->pv = prp->pv;
	ap->key = key;
	ap->prog_fd = -1;
	*tail = ap;
	return ap;
}

static void
dt_attach_add_probe(dt_attach_t *ap, dt_probe_t *prp)
{
	for (int i = 0; i < ap->nprobes; i++)
		if (ap->probes[i] == prp)
			return;
	ap->probes = dt_realloc(ap->probes, (size_t)(ap->nprobes + 1) * sizeof(dt_probe_t *));
	ap->probes[ap->nprobes++] = prp;
}

static bool
dt_clause_has_probe(const dt_clause_t *clp, const dt_probe_t *prp)
{
	for (int i = 0; i < clp->nprobes; i++)
		if (clp->probes[i] == prp)
			return true;
	return false;
}

/* The locals of an attach point's probes that clause clp (or any, if NULL) enables. */
static int
dt_locals(const dt_attach_t *ap, const dt_clause_t *clp, uint32_t *out)
{
	int n = 0;

	for (int i = 0; i < ap->nprobes; i++) {
		if (clp == NULL || dt_clause_has_probe(clp, ap->probes[i]))
			out[n++] = ap->pv->local_index(ap->probes[i]);
	}
	return n;
}

/*
 * Emit a test that falls through when DCTX_LOCAL is one of locals[] and
 * jumps forward otherwise; returns the index of the jump to patch.
 */
static size_t
dt_emit_guard(dt_insnbuf_t *ib, dt_guardtab_t *gt, const dt_attach_t *ap,
	      const uint32_t *locals, int n)
{
	size_t skip;

	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_LOCAL));
	if (n <= DT_INLINE_GUARD) {
		for (int i = 0; i < n; i++)
			dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_2, (int32_t)locals[i], (int16_t)(n - i)));
		skip = ib->n;
		dt_ib_emit(ib, JA(0));
		return skip;
	}
	/* a bitmap of the locals in the read-only guard map */
	size_t bytes = ((ap->nlocal + 63) / 64) * 8, off = gt->len;

	gt->data = dt_realloc(gt->data, gt->len + bytes);
	memset(gt->data + off, 0, bytes);
	for (int i = 0; i < n; i++)
		gt->data[off + locals[i] / 8] |= (uint8_t)(1u << (locals[i] % 8));
	gt->len += bytes;

	skip = ib->n;
	dt_ib_emit(ib, JMP_IMM(BPF_JGE, BPF_REG_2, (int32_t)ap->nlocal, 0));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_3, BPF_REG_2));
	dt_ib_emit(ib, ALU64_IMM(BPF_RSH, BPF_REG_3, 3));
	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_VALUE, 0, DT_MAP_GUARD));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, (int32_t)off));
	dt_ib_emit(ib, ALU64_REG(BPF_ADD, BPF_REG_1, BPF_REG_3));
	dt_ib_emit(ib, LDX_MEM(BPF_B, BPF_REG_1, BPF_REG_1, 0));
	dt_ib_emit(ib, ALU64_IMM(BPF_AND, BPF_REG_2, 7));
	dt_ib_emit(ib, ALU64_REG(BPF_RSH, BPF_REG_1, BPF_REG_2));
	dt_ib_emit(ib, ALU64_IMM(BPF_AND, BPF_REG_1, 1));
	/* two exits: both patched to the same target by the caller */
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 0));
	return skip;
}

static void
dt_patch_guard(dt_insnbuf_t *ib, size_t skip, size_t target)
{
	if ((ib->insns[skip].code & 0xf0) == BPF_JGE) {
		/* bitmap form: the JGE and the final JEQ */
		size_t last = skip + 10;

		ib->insns[skip].off = (int16_t)(target - skip - 1);
		ib->insns[last].off = (int16_t)(target - last - 1);
	} else {
		ib->insns[skip].off = (int16_t)(target - skip - 1);
	}
}

/* Return from the program once exit() has set the global "exiting" flag. */
static void
dt_emit_return_if_exiting(dt_insnbuf_t *ib, int reg)
{
	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, reg, BPF_PSEUDO_MAP_VALUE, 0, DT_MAP_GLOBAL));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, 0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, reg, reg, 0));
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, reg, 0, 2));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
	dt_ib_emit(ib, EXIT_INSN());
}

/*
 * A clause run again reads the time and CPU of the firing it belongs to,
 * not the retry's: its calls of bpf_ktime_get_ns() (timestamp,
 * walltimestamp) and bpf_get_smp_processor_id() (cpu, and the CPU of its
 * records) from 'from' on become loads of the values the retry saved, one
 * instruction for one.
 */
static void
dt_replay_time_and_cpu(dt_insnbuf_t *ib, size_t from)
{
	for (size_t i = from; i < ib->n; i++) {
		struct bpf_insn *in = &ib->insns[i];

		if (in->code != (BPF_JMP | BPF_CALL) || in->src_reg != 0)
			continue;
		if (in->imm == BPF_FUNC_ktime_get_ns)
			*in = LDX_MEM(BPF_DW, BPF_REG_0, BPF_REG_10, DCTX_REPLAY_TS);
		else if (in->imm == BPF_FUNC_get_smp_processor_id)
			*in = LDX_MEM(BPF_DW, BPF_REG_0, BPF_REG_10, DCTX_REPLAY_CPU);
	}
}

/*
 * stack() in clause code from 'from' on: the flags of bpf_get_stack(), set
 * by the "r4 = 0" before the call, skip the frames of the probe machinery
 * of the program the code is in (the provider's stack_skip; a clause run
 * again at a syscall's return is in a program of the same provider).
 */
static void
dt_patch_stack_skip(dt_insnbuf_t *ib, size_t from, uint32_t skip)
{
	for (size_t i = from + 1; i < ib->n; i++) {
		struct bpf_insn *in = &ib->insns[i];

		if (in->code == (BPF_JMP | BPF_CALL) && in->src_reg == 0 &&
		    in->imm == BPF_FUNC_get_stack && ib->insns[i - 1].code == (BPF_ALU64 | BPF_MOV | BPF_K) &&
		    ib->insns[i - 1].dst_reg == BPF_REG_4)
			ib->insns[i - 1].imm = (int32_t)(skip & BPF_F_SKIP_FIELD_MASK);
	}
}

/*
 * The clauses enabled at attach point ap, in program order, each behind a
 * test of the local index unless it is enabled on all of ap's probes.
 * Re-running deferred clauses (dt_emit_replay), those before the clause
 * that deferred are skipped.
 */
static void
dt_emit_clauses(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, dt_guardtab_t *gt, bool replay)
{
	uint32_t *all = dt_zalloc((size_t)ap->nprobes * sizeof(uint32_t));
	uint32_t *mine = dt_zalloc((size_t)ap->nprobes * sizeof(uint32_t));
	int nall = dt_locals(ap, NULL, all);
	size_t skip_all = 0;
	bool guard_all, may_exit = false;
	/* END and ERROR run after exit(): their clauses all run */
	bool drains_never = ap->pv == &dt_prov_dtrace && strcmp(ap->probes[0]->name, "BEGIN") != 0;

	guard_all = ap->nlocal > 1 && (uint32_t)nall < ap->nlocal;
	if (guard_all)
		skip_all = dt_emit_guard(ib, gt, ap, all, nall);

	for (dt_clause_t *clp = dtp->clauses; clp; clp = clp->next) {
		uint32_t base = ap->epid_base[clp->idx];
		size_t skip = 0, before = 0;
		int n;

		if (base == 0)
			continue;
		if (replay) {
			/* DCTX_RETRY is the index of the clause that deferred, plus 2 */
			dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_RETRY));
			before = ib->n;
			dt_ib_emit(ib, JMP_IMM(BPF_JGT, BPF_REG_1, clp->idx + 2, 0));
		}
		n = dt_locals(ap, clp, mine);
		if (n < nall)
			skip = dt_emit_guard(ib, gt, ap, mine, n);
		if (may_exit) {
			/* an earlier clause called exit(): the rest of the probe is skipped */
			dt_emit_return_if_exiting(ib, BPF_REG_1);
		}
		may_exit |= clp->exits && !drains_never;
		if (ap->nlocal == 1) {
			dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_EPID, (int32_t)base));
		} else {
			dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_LOCAL));
			dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)base));
			dt_ib_emit(ib, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_1, DCTX_EPID));
		}
		dt_ib_append(ib, clp->code.insns, clp->code.n);
		dt_patch_stack_skip(ib, ib->n - clp->code.n, ap->pv->stack_skip);
		if (replay)
			dt_replay_time_and_cpu(ib, ib->n - clp->code.n);
		if (n < nall)
			dt_patch_guard(ib, skip, ib->n);
		if (replay)
			ib->insns[before].off = (int16_t)(ib->n - before - 1);
	}
	if (guard_all)
		dt_patch_guard(ib, skip_all, ib->n);
	free(all);
	free(mine);
}

/* Whether a clause enabled at ap may defer a failed copyinstr(). */
static bool
dt_attach_defers(const dtrace_hdl_t *dtp, const dt_attach_t *ap)
{
	for (const dt_clause_t *clp = dtp->clauses; clp; clp = clp->next) {
		if (!clp->defers)
			continue;
		for (int i = 0; i < ap->nprobes; i++)
			if (dt_clause_has_probe(clp, ap->probes[i]))
				return true;
	}
	return false;
}

/*
 * The retry of copyinstr() reads deferred at attach point eap (dt_impl.h),
 * at the start of the program of the attach point eap->retry_at, before its
 * own probe is handled.  Threads with nothing pending pass a test of the
 * global count of pending threads, one load.  Otherwise the thread's saved
 * state is taken (and cleared); if the thread has exec()ed since, the saved
 * fault is reported; else the probe context and this-> variables are
 * restored and eap's clauses run again from the one that deferred (their
 * failed reads now fault, DCTX_RETRY >= 2), so their records come in the
 * order they would have had, before any of this probe's own.
 */
static void
dt_emit_replay(dtrace_hdl_t *dtp, dt_attach_t *eap, dt_insnbuf_t *ib, dt_guardtab_t *gt)
{
	uint32_t nthis = dtp->defer_size - DT_DEFER_THIS;
	uint32_t this_base = dt_cg_buf_size() - dt_ident_local_max();
	size_t none, nostore, nopend, same, reported, nobuf = 0;

	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_2, BPF_PSEUDO_MAP_VALUE, 0, DT_MAP_GLOBAL));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, DT_GLOBAL_DEFERRED));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_2, 0));
	none = ib->n;
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_2, 0, 0));

	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_get_current_task_btf));
	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, DT_MAP_DEFER));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, 0));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_2, BPF_REG_0));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_3, 0));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_4, 0));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_task_storage_get));
	nostore = ib->n;
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_6, BPF_REG_0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_6, DT_DEFER_CLAUSE));
	nopend = ib->n;
	dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 0));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_RETRY));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_6, DT_DEFER_CLAUSE, 0));
	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_VALUE, 0, DT_MAP_GLOBAL));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, DT_GLOBAL_DEFERRED));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, -1));
	dt_ib_emit(ib, ATOMIC_ADD64(BPF_REG_1, BPF_REG_2, 0));

	/* the same address space? (arg0's slot is free until the arguments are restored) */
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_get_current_task));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_3, BPF_REG_0));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)dtp->task_off_mm));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_10));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, DCTX_ARG(0)));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, 8));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_ARG(0)));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_6, DT_DEFER_MM));
	same = ib->n;
	dt_ib_emit(ib, JMP_REG(BPF_JEQ, BPF_REG_1, BPF_REG_2, 0));
	dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, DT_MAP_RB));
	dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, 0));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_2, BPF_REG_6));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_2, DT_DEFER_FREC));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_3, 32));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_4, 0));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_ringbuf_output));
	reported = ib->n;
	dt_ib_emit(ib, JA(0));
	ib->insns[same].off = (int16_t)(ib->n - same - 1);

	/* the probe context as it was (errno is 0 at entry) */
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_6, DT_DEFER_PRID));
	dt_ib_emit(ib, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_1, DCTX_PRID));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_6, DT_DEFER_LOCAL));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_LOCAL));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ERRNO, 0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_6, DT_DEFER_TS));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_REPLAY_TS));
	dt_ib_emit(ib, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_6, DT_DEFER_FREC + 4));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_REPLAY_CPU));
	for (int i = 0; i < 10; i++) {
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_6, DT_DEFER_ARGS + 8 * i));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_ARG(i)));
	}
	if (nthis > 0) {
		/* the per-CPU buffer's this-> area (the key 0 in the EPID slot, set per clause) */
		dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_EPID, 0));
		dt_ib_emit(ib, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, DT_MAP_BUF));
		dt_ib_emit(ib, DT_INSN(0, 0, 0, 0, 0));
		dt_ib_emit(ib, MOV64_REG(BPF_REG_2, BPF_REG_10));
		dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_2, DCTX_EPID));
		dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_map_lookup_elem));
		nobuf = ib->n;
		dt_ib_emit(ib, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
		dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_0));
		dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)this_base));
		dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, (int32_t)nthis));
		dt_ib_emit(ib, MOV64_REG(BPF_REG_3, BPF_REG_6));
		dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, DT_DEFER_THIS));
		dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	}
	dt_emit_clauses(dtp, eap, ib, gt, true);

	/* this probe's own prologue wants the context in r1 */
	ib->insns[nostore].off = (int16_t)(ib->n - nostore - 1);
	ib->insns[nopend].off = (int16_t)(ib->n - nopend - 1);
	ib->insns[reported].off = (int16_t)(ib->n - reported - 1);
	if (nthis > 0)
		ib->insns[nobuf].off = (int16_t)(ib->n - nobuf - 1);
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
	ib->insns[none].off = (int16_t)(ib->n - none - 1);
}

/* Build the trampoline of one attach point. */
static void
dt_build_trampoline(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, dt_guardtab_t *gt)
{
	uint32_t uses = 0;
	bool any = false;
	dt_clause_t *clp;

	for (clp = dtp->clauses; clp; clp = clp->next) {
		if (ap->epid_base[clp->idx]) {
			uses |= clp->uses;
			any = true;
		}
	}

	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_CTX));
	if (ap->pv != &dt_prov_dtrace) {
		/* after exit() only END (and ERROR) may record */
		dt_emit_return_if_exiting(ib, BPF_REG_2);
	}
	/*
	 * strtok(NULL, ...) has nothing to go on with until a strtok(s, ...)
	 * of this firing; any clause may use it (replayed ones too).
	 */
	for (clp = dtp->clauses; clp; clp = clp->next)
		if (clp->uses & DT_USES_STRTOK)
			break;
	if (clp != NULL)
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_STRTOK, 0));
	if (ap->replays)
		dt_emit_replay(dtp, ap->replays, ib, gt);
	if (!any) {
		/* there only for the retry (dt_pair_retries): no probe of its own to handle */
		dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
		dt_ib_emit(ib, EXIT_INSN());
		return;
	}
	if (uses & DT_USES_ERRNO)
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ERRNO, 0));
	if (dt_attach_defers(dtp, ap))
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_RETRY, ap->retry_at ? 1 : 0));
	ap->pv->gen_prologue(dtp, ap, ib, uses);
	dt_emit_clauses(dtp, ap, ib, gt, false);
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
	dt_ib_emit(ib, EXIT_INSN());
}

/*
 * Attach points whose failed copyinstr() reads can be retried later on the
 * same thread get a partner: the attach point of the provider's retry
 * probe, created (with just that probe, no clause) when nothing else
 * enabled it.
 */
static void
dt_pair_retries(dtrace_hdl_t *dtp)
{
	for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
		dt_probe_t *rp;
		dt_attach_t *rap;

		if (ap->pv->retry_probe == NULL || !dt_attach_defers(dtp, ap) ||
		    (rp = ap->pv->retry_probe(dtp, ap->probes[0])) == NULL)
			continue;
		rap = dt_attach_for(dtp, rp);
		if (rap == ap || rap->replays != NULL)
			continue;
		if (rap->nprobes == 0)
			dt_attach_add_probe(rap, rp);
		ap->retry_at = rap;
		rap->replays = ap;
	}
}

/* Number the enabled probes: each clause gets a block of nlocal EPIDs per attach point. */
static void
dt_assign_epids(dtrace_hdl_t *dtp)
{
	uint32_t next = 1;

	for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
		ap->nlocal = ap->pv->nlocal(ap);
		ap->epid_base = dt_zalloc((size_t)(dtp->nclauses + 1) * sizeof(uint32_t));
		for (dt_clause_t *clp = dtp->clauses; clp; clp = clp->next) {
			for (int i = 0; i < ap->nprobes; i++) {
				if (dt_clause_has_probe(clp, ap->probes[i])) {
					ap->epid_base[clp->idx] = next;
					next += ap->nlocal;
					break;
				}
			}
		}
	}
	dtp->nepids = next;
	dtp->epids = dt_zalloc((size_t)next * sizeof(dt_epid_t));
	for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
		for (dt_clause_t *clp = dtp->clauses; clp; clp = clp->next) {
			uint32_t base = ap->epid_base[clp->idx];

			if (base == 0)
				continue;
			for (int i = 0; i < ap->nprobes; i++) {
				if (!dt_clause_has_probe(clp, ap->probes[i]))
					continue;
				uint32_t e = base + ap->pv->local_index(ap->probes[i]);

				dtp->epids[e].clause = clp;
				dtp->epids[e].probe = ap->probes[i];
			}
		}
	}
}

static int
dt_map(dtrace_hdl_t *dtp, enum bpf_map_type type, const char *name, uint32_t ksize,
       uint32_t vsize, uint32_t n, uint32_t flags)
{
	LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = flags);
	int fd = bpf_map_create(type, name, ksize, vsize, n, &opts);

	if (fd < 0)
		dt_set_errmsg(dtp, "could not enable tracing: failed to create BPF map %s: %s", name,
			      strerror(errno));
	return fd;
}

/*
 * self-> variables live in task storage: the kernel finds a thread's
 * storage from its task_struct without a hash lookup, and frees it when the
 * thread exits, so nothing leaks however many threads come and go.  The map
 * type wants BTF for its key (int) and value (here a struct of u64s).
 */
static int
dt_create_task_storage(const char *name, uint32_t size, struct btf **btfp)
{
	LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = BPF_F_NO_PREALLOC);
	struct btf *btf = btf__new_empty();
	int ki, ui, ai, si;

	if (btf == NULL)
		return -1;
	*btfp = btf;
	ki = btf__add_int(btf, "int", 4, BTF_INT_SIGNED);
	ui = btf__add_int(btf, "unsigned long", 8, 0);
	ai = btf__add_array(btf, ki, ui, (size + 7) / 8);
	si = btf__add_struct(btf, name, (size + 7) / 8 * 8);
	if (ki < 0 || ui < 0 || ai < 0 || si < 0 || btf__add_field(btf, "vars", ai, 0, 0) < 0 ||
	    btf__load_into_kernel(btf) < 0)
		return -1;
	opts.btf_fd = btf__fd(btf);
	opts.btf_key_type_id = (uint32_t)ki;
	opts.btf_value_type_id = (uint32_t)si;
	return bpf_map_create(BPF_MAP_TYPE_TASK_STORAGE, name, 4, (size + 7) / 8 * 8, 0, &opts);
}

static int
dt_create_tls_map(dtrace_hdl_t *dtp)
{
	if ((dtp->map_tls = dt_create_task_storage("dt_self", dtp->tls_size, &dtp->tls_btf)) >= 0)
		return 0;
	dt_set_errmsg(dtp, "could not enable tracing: failed to create the storage of "
		      "thread-local variables: %s", strerror(errno));
	return -1;
}

/* A thread's copyinstr() retry (dt_impl.h), wherever a clause may defer one. */
static int
dt_create_defer_map(dtrace_hdl_t *dtp)
{
	if ((dtp->map_defer = dt_create_task_storage("dt_defer", dtp->defer_size, &dtp->defer_btf)) >= 0)
		return 0;
	dt_set_errmsg(dtp, "could not enable tracing: failed to create the storage of "
		      "copyinstr() retries: %s", strerror(errno));
	return -1;
}

/*
 * One hash map per associative array, preallocated (no allocation in probe
 * context), with as many elements as dynvarsize holds of its key and value.
 */
static int
dt_create_assoc_maps(dtrace_hdl_t *dtp)
{
	if (dtp->nassoc == 0)
		return 0;
	dtp->map_assoc = dt_realloc(NULL, dtp->nassoc * sizeof(int));
	for (uint32_t i = 0; i < dtp->nassoc; i++)
		dtp->map_assoc[i] = -1;
	/* global arrays, then self-> arrays (keyed by thread too, the same way) */
	for (dt_ident_t *idp = dtp->globals, *tls = dtp->tls; idp || tls;
	     idp = idp ? idp->next : NULL) {
		uint32_t ksize, vsize;
		uint64_t n;

		if (idp == NULL) {
			idp = tls;
			tls = NULL;
		}
		if (idp->nkeys == 0 || !idp->defined)
			continue;
		ksize = dt_ident_keysize(dtp, idp);
		vsize = dt_ident_storage(dtp, idp->type);
		n = dtp->dynvarsize / (ksize + vsize);
		if (n < 1)
			n = 1;
		if (n > 1u << 24)
			n = 1u << 24;
		dtp->map_assoc[idp->offset] = dt_map(dtp, BPF_MAP_TYPE_HASH, "dt_assoc", ksize, vsize,
						     (uint32_t)n, 0);
		if (dtp->map_assoc[idp->offset] < 0)
			return -1;
	}
	return 0;
}

/*
 * One per-CPU hash map per aggregation, preallocated, with as many keys as
 * aggsize holds of its key and value.
 */
static int
dt_create_agg_maps(dtrace_hdl_t *dtp)
{
	for (dt_aggdesc_t *ap = dtp->aggs; ap; ap = ap->next) {
		uint64_t n = dtp->aggsize / (ap->ksize + ap->nwords * 8);

		if (ap->nkeys == 0) {
			ap->map_fd = dt_map(dtp, BPF_MAP_TYPE_PERCPU_ARRAY, "dt_agg", 4,
					    dt_agg_vwords(ap) * 8, 1, 0);
			if (ap->map_fd < 0)
				return -1;
			continue;
		}
		if (n < 1)
			n = 1;
		if (n > 1u << 20)
			n = 1u << 20;
		ap->map_fd = dt_map(dtp, BPF_MAP_TYPE_PERCPU_HASH, "dt_agg", ap->ksize, ap->nwords * 8,
				    (uint32_t)n, 0);
		if (ap->map_fd < 0)
			return -1;
	}
	return 0;
}

static int
dt_create_maps(dtrace_hdl_t *dtp, const dt_guardtab_t *gt, bool need_pdesc)
{
	uint32_t zero = 0;
	uint64_t rbsize = 4096;

	while (rbsize < dtp->bufsize)
		rbsize <<= 1;
	if ((dtp->map_global = dt_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_global", 4, dtp->global_size, 1,
				      BPF_F_MMAPABLE)) < 0 ||
	    (dtp->map_buf = dt_map(dtp, BPF_MAP_TYPE_PERCPU_ARRAY, "dt_buf", 4, dt_cg_buf_size(), 1,
				   0)) < 0 ||
	    (dtp->map_rb = dt_map(dtp, BPF_MAP_TYPE_RINGBUF, "dt_rb", 0, 0, (uint32_t)rbsize, 0)) < 0 ||
	    (dtp->map_drops = dt_map(dtp, BPF_MAP_TYPE_PERCPU_ARRAY, "dt_drops", 4, 8, DT_DROP_NKINDS, 0)) < 0)
		return -1;

	if (dtp->tls_size > 0 && dt_create_tls_map(dtp) != 0)
		return -1;
	if (dtp->defer_size > 0 && dt_create_defer_map(dtp) != 0)
		return -1;
	if (dtp->zero_size > 0 &&
	    (dtp->map_zero = dt_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_zero", 4, dtp->zero_size, 1,
				    BPF_F_RDONLY_PROG)) < 0)
		return -1;
	if (dtp->map_zero >= 0)
		bpf_map_freeze(dtp->map_zero);
	if (dtp->need_scratch &&
	    (dtp->map_scratch = dt_map(dtp, BPF_MAP_TYPE_PERCPU_ARRAY, "dt_scratch", 4,
				       dt_cg_scratch_map_size(), 1, 0)) < 0)
		return -1;
	if (dt_create_assoc_maps(dtp) != 0 || dt_create_agg_maps(dtp) != 0 ||
	    dt_spec_create_maps(dtp) != 0)
		return -1;

	/* string constants and guard bitmaps: read-only to programs, frozen */
	size_t slen = dtp->strtab.len ? dtp->strtab.len : 8;

	if ((dtp->map_strtab = dt_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_strtab", 4, (uint32_t)slen, 1,
				      BPF_F_RDONLY_PROG)) < 0)
		return -1;
	if (dtp->strtab.len) {
		bpf_map_update_elem(dtp->map_strtab, &zero, dtp->strtab.data, 0);
	}
	bpf_map_freeze(dtp->map_strtab);
	if (gt->len) {
		if ((dtp->map_guard = dt_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_guard", 4, (uint32_t)gt->len, 1,
					     BPF_F_RDONLY_PROG)) < 0)
			return -1;
		bpf_map_update_elem(dtp->map_guard, &zero, gt->data, 0);
		bpf_map_freeze(dtp->map_guard);
	}
	if (need_pdesc) {
		char val[DT_PDESC_VALSIZE];

		if ((dtp->map_pdesc = dt_map(dtp, BPF_MAP_TYPE_ARRAY, "dt_pdesc", 4, DT_PDESC_VALSIZE,
					     dtp->next_probe_id, 0)) < 0)
			return -1;
		for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
			for (int i = 0; i < ap->nprobes; i++) {
				dt_probe_t *prp = ap->probes[i];

				memset(val, 0, sizeof(val));
				snprintf(val, 64, "%s", prp->prov);
				snprintf(val + 64, 64, "%s", prp->mod);
				snprintf(val + 128, 128, "%s", prp->func);
				snprintf(val + 256, 64, "%s", prp->name);
				bpf_map_update_elem(dtp->map_pdesc, &prp->id, val, 0);
			}
		}
	}
	return 0;
}

static int
dt_patch_maps(dtrace_hdl_t *dtp, dt_insnbuf_t *ib)
{
	int fds[DT_MAP_NROLES] = {
		[DT_MAP_GLOBAL] = dtp->map_global, [DT_MAP_BUF] = dtp->map_buf,
		[DT_MAP_RB] = dtp->map_rb, [DT_MAP_DROPS] = dtp->map_drops,
		[DT_MAP_STRTAB] = dtp->map_strtab, [DT_MAP_GUARD] = dtp->map_guard,
		[DT_MAP_PDESC] = dtp->map_pdesc, [DT_MAP_TLS] = dtp->map_tls,
		[DT_MAP_ZERO] = dtp->map_zero, [DT_MAP_SPEC] = dtp->map_spec,
		[DT_MAP_SPECBYTES] = dtp->map_specbytes,
		[DT_MAP_DEFER] = dtp->map_defer, [DT_MAP_SCRATCH] = dtp->map_scratch,
	};

	for (size_t i = 0; i + 1 < ib->n; i++) {
		struct bpf_insn *in = &ib->insns[i];

		if (in->code != (BPF_LD | BPF_DW | BPF_IMM))
			continue;
		if (in->src_reg == BPF_PSEUDO_MAP_FD && in->imm >= DT_MAP_AGG) {
			dt_aggdesc_t *ap = dtp->aggs;

			while (ap && ap->id != in->imm - DT_MAP_AGG)
				ap = ap->next;
			if (ap == NULL || ap->map_fd < 0) {
				dt_set_errmsg(dtp, "could not enable tracing: internal error: map role %d",
					      in->imm);
				return -1;
			}
			in->imm = ap->map_fd;
		} else if ((in->src_reg == BPF_PSEUDO_MAP_FD || in->src_reg == BPF_PSEUDO_MAP_VALUE) &&
		    in->imm >= DT_MAP_ASSOC && (uint32_t)(in->imm - DT_MAP_ASSOC) < dtp->nassoc &&
		    dtp->map_assoc[in->imm - DT_MAP_ASSOC] >= 0) {
			in->imm = dtp->map_assoc[in->imm - DT_MAP_ASSOC];
		} else if (in->src_reg == BPF_PSEUDO_MAP_FD || in->src_reg == BPF_PSEUDO_MAP_VALUE) {
			if (in->imm < 0 || in->imm >= DT_MAP_NROLES || fds[in->imm] < 0) {
				dt_set_errmsg(dtp, "could not enable tracing: internal error: map role %d",
					      in->imm);
				return -1;
			}
			in->imm = fds[in->imm];
		}
		i++;
	}
	return 0;
}

static const char *
dt_last_line(char *log)
{
	size_t n = strlen(log);
	char *p;

	while (n > 0 && (log[n - 1] == '\n' || log[n - 1] == ' '))
		log[--n] = '\0';
	p = strrchr(log, '\n');
	return p ? p + 1 : log;
}

static int
dt_cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * The kernel takes the address of a function (a bpf_loop() callback of the
 * runtime library) only in a program that describes its functions in BTF:
 * one static FUNC per subprogram, in order, the first at instruction 0.
 * Returns the BTF (its func_info in *fi, *nfi entries), or NULL when the
 * program needs none (or on failure: the load then says what is wrong).
 */
static struct btf *
dt_prog_func_info(const dt_attach_t *ap, struct bpf_func_info **fi, uint32_t *nfi)
{
	uint32_t *start, n = 0, k = 0;
	bool need = false;
	struct btf *btf;
	int proto;

	*fi = NULL;
	*nfi = 0;
	for (size_t i = 0; i < ap->ninsns; i++)
		need |= ap->insns[i].code == (BPF_LD | BPF_IMM | BPF_DW) &&
			ap->insns[i].src_reg == BPF_PSEUDO_FUNC;
	if (!need)
		return NULL;
	start = dt_zalloc((ap->ninsns + 1) * sizeof(*start));
	start[n++] = 0;
	for (size_t i = 0; i < ap->ninsns; i++) {
		const struct bpf_insn *in = &ap->insns[i];

		if ((in->code == (BPF_JMP | BPF_CALL) && in->src_reg == BPF_PSEUDO_CALL) ||
		    (in->code == (BPF_LD | BPF_IMM | BPF_DW) && in->src_reg == BPF_PSEUDO_FUNC))
			start[n++] = (uint32_t)((int64_t)i + in->imm + 1);
	}
	qsort(start, n, sizeof(*start), dt_cmp_u32);
	btf = btf__new_empty();
	proto = btf ? btf__add_func_proto(btf, btf__add_int(btf, "long", 8, BTF_INT_SIGNED)) : -1;
	if (proto < 0) {
		btf__free(btf);
		free(start);
		return NULL;
	}
	*fi = dt_zalloc(n * sizeof(**fi));
	for (uint32_t i = 0; i < n; i++) {
		char fname[32];
		int id;

		if (i > 0 && start[i] == start[i - 1])
			continue;
		snprintf(fname, sizeof(fname), "dt_func%u", k);
		id = btf__add_func(btf, fname, BTF_FUNC_STATIC, proto);
		if (id < 0)
			break;
		(*fi)[k].insn_off = start[i];
		(*fi)[k].type_id = (uint32_t)id;
		k++;
	}
	free(start);
	if (btf__load_into_kernel(btf) != 0) {
		btf__free(btf);
		free(*fi);
		*fi = NULL;
		return NULL;
	}
	*nfi = k;
	return btf;
}

static int
dt_load_prog(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	char name[BPF_OBJ_NAME_LEN], desc[256];
	dt_probe_t *prp = ap->probes[0];
	LIBBPF_OPTS(bpf_prog_load_opts, opts);
	size_t logsz = 1 << 22;
	struct bpf_func_info *fi;
	struct btf *btf;
	uint32_t nfi;
	char *log;
	int fd;

	snprintf(name, sizeof(name), "dt_%s", ap->nprobes == 1 ? prp->name : prp->prov);
	for (char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			*p = '_';
	if (ap->nprobes == 1)
		snprintf(desc, sizeof(desc), "%s:%s:%s:%s", prp->prov, prp->mod, prp->func, prp->name);
	else
		snprintf(desc, sizeof(desc), "%s:::%s (%d probes)", prp->prov, prp->name, ap->nprobes);

	btf = dt_prog_func_info(ap, &fi, &nfi);
	if (btf != NULL) {
		opts.prog_btf_fd = (uint32_t)btf__fd(btf);
		opts.func_info = fi;
		opts.func_info_cnt = nfi;
		opts.func_info_rec_size = sizeof(*fi);
	}
	if (dtp->bpflog) {
		/* -xbpflog: what the verifier's work cost, for programs it accepts too */
		char stats[512] = "";

		opts.log_buf = stats;
		opts.log_size = sizeof(stats);
		opts.log_level = 4;
		fd = bpf_prog_load(ap->pv->prog_type, name, "GPL", ap->insns, ap->ninsns, &opts);
		opts.log_buf = NULL;
		opts.log_size = 0;
		opts.log_level = 0;
		if (fd >= 0) {
			fprintf(stderr, "%s: %s\n", desc, dt_last_line(stats));
			goto out;
		}
	}
	fd = bpf_prog_load(ap->pv->prog_type, name, "GPL", ap->insns, ap->ninsns, &opts);
	if (fd >= 0)
		goto out;
	/* again, with the verifier's log, to say why */
	log = dt_zalloc(logsz);
	opts.log_buf = log;
	opts.log_size = (uint32_t)logsz;
	opts.log_level = 1;
	fd = bpf_prog_load(ap->pv->prog_type, name, "GPL", ap->insns, ap->ninsns, &opts);
	if (fd >= 0) {
		free(log);
		goto out;
	}
	if (dtp->bpflog)
		fprintf(stderr, "%s\n", log);
	if (log[0])
		dt_set_errmsg(dtp, "could not enable tracing: BPF program for %s rejected by the kernel "
				   "verifier: %s%s", desc, dt_last_line(log),
			      dtp->bpflog ? "" : " (-xbpflog shows the verifier log)");
	else
		dt_set_errmsg(dtp, "could not enable tracing: failed to load BPF program for %s: %s",
			      desc, strerror(errno));
	free(log);
	fd = -1;
out:
	/* the program keeps what it needs of its BTF */
	btf__free(btf);
	free(fi);
	return fd;
}

int
dt_link_load(dtrace_hdl_t *dtp)
{
	dt_guardtab_t gt = { NULL, 0 };
	bool need_pdesc = false;
	dt_attach_t *ap;
	char err[256];

	for (dt_clause_t *clp = dtp->clauses; clp; clp = clp->next) {
		need_pdesc |= (clp->uses & DT_USES_PROBESTR) != 0;
		for (int i = 0; i < clp->nprobes; i++)
			dt_attach_add_probe(dt_attach_for(dtp, clp->probes[i]), clp->probes[i]);
	}
	dt_pair_retries(dtp);
	dt_assign_epids(dtp);
	for (ap = dtp->attaches; ap; ap = ap->next) {
		dt_insnbuf_t ib = { NULL, 0, 0 };

		dt_build_trampoline(dtp, ap, &ib, &gt);
		ap->insns = ib.insns;
		ap->ninsns = ib.n;
	}
	if (dt_create_maps(dtp, &gt, need_pdesc) != 0) {
		free(gt.data);
		return -1;
	}
	free(gt.data);
	for (ap = dtp->attaches; ap; ap = ap->next) {
		dt_insnbuf_t ib = { ap->insns, ap->ninsns, ap->ninsns };

		if (dt_patch_maps(dtp, &ib) != 0)
			return -1;
		if (dt_runtime_link(&ib, err, sizeof(err)) != 0) {
			ap->insns = ib.insns;
			dt_set_errmsg(dtp, "could not enable tracing: %s", err);
			return -1;
		}
		ap->insns = ib.insns;
		ap->ninsns = ib.n;
		if ((ap->prog_fd = dt_load_prog(dtp, ap)) < 0)
			return -1;
	}
	if (dt_selfarr_load(dtp) != 0)
		return -1;
	dtp->loaded = true;
	return 0;
}

void
dt_detach(dtrace_hdl_t *dtp)
{
	for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
		for (int i = 0; i < ap->nfds; i++)
			close(ap->fds[i]);
		free(ap->fds);
		ap->fds = NULL;
		ap->nfds = 0;
	}
}

void
dt_unload(dtrace_hdl_t *dtp)
{
	dt_attach_t *ap, *next;
	int *fds[] = { &dtp->map_global, &dtp->map_buf, &dtp->map_rb, &dtp->map_drops,
		       &dtp->map_strtab, &dtp->map_guard, &dtp->map_pdesc, &dtp->map_tls,
		       &dtp->map_zero, &dtp->map_defer, &dtp->map_scratch };

	dt_detach(dtp);
	dt_selfarr_unload(dtp);
	for (ap = dtp->attaches; ap; ap = next) {
		next = ap->next;
		if (ap->prog_fd >= 0)
			close(ap->prog_fd);
		free(ap->probes);
		free(ap->insns);
		free(ap->epid_base);
		free(ap);
	}
	dtp->attaches = NULL;
	btf__free(dtp->tls_btf);
	dtp->tls_btf = NULL;
	dt_spec_unload(dtp);
	btf__free(dtp->defer_btf);
	dtp->defer_btf = NULL;
	for (uint32_t i = 0; dtp->map_assoc && i < dtp->nassoc; i++)
		if (dtp->map_assoc[i] >= 0)
			close(dtp->map_assoc[i]);
	free(dtp->map_assoc);
	dtp->map_assoc = NULL;
	for (dt_aggdesc_t *ap = dtp->aggs; ap; ap = ap->next) {
		if (ap->map_fd >= 0)
			close(ap->map_fd);
		ap->map_fd = -1;
	}
	for (size_t i = 0; i < sizeof(fds) / sizeof(fds[0]); i++) {
		if (*fds[i] >= 0)
			close(*fds[i]);
		*fds[i] = -1;
	}
}

void
dt_attach_add_fd(dt_attach_t *ap, int fd)
{
	ap->fds = dt_realloc(ap->fds, (size_t)(ap->nfds + 1) * sizeof(int));
	ap->fds[ap->nfds++] = fd;
}
