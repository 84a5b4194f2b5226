/*
 * dt_cg.c -- the code generator: one position-independent BPF body per
 * clause, emitted directly as instructions (no compiler at run time).
 *
 * A body runs inside a trampoline's frame (dt_link.c) and reads the probe
 * context from the DCTX_* stack slots.  Registers:
 *   r6-r8  expression values (a small stack, spilled to the frame when deep)
 *   r9     the per-CPU buffer (record under construction, string temps)
 *   r0-r5  scratch within one operation; helper calls clobber them
 * Maps are referenced by role (DT_MAP_*) and patched by the linker.
 * A body falls through at its end; aborting (false predicate, fault) jumps
 * there.
 */
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"
#include "dt_decl.h"
#include "dt_printf.h"
#include "dt_runtime.h"

/*
 * Values an expression keeps at once.  With the frame below it, it leaves
 * room on the 512-byte stack for the runtime library's functions and their
 * bpf_loop() callbacks (bpf/runtime.c), which share it.
 */
#define CG_MAXVS   16
#define CG_TMP     (-(DCTX_SIZE + 8))          /* scratch slot (map keys, reads) */
#define CG_TLSP    (-(DCTX_SIZE + 16))         /* the thread's self-> storage */
#define CG_FREC    (-(DCTX_SIZE + 48))         /* 32-byte fault record */
#define CG_VS(i)   (-(DCTX_SIZE + 56 + 8 * (i))) /* value stack spill slots */
/* slots of the memory subroutines: below the retry's DCTX_REPLAY_* slots */
#define CG_XS(i)   (-(DT_FRAME_CLAUSE_MAX + 16 + 8 * (i)))
#define CG_SCRP    CG_XS(1)                    /* the scratch map's value */
#define CG_SCRB    CG_XS(2)                    /* ... its address, as a number */
#define CG_SCRA    CG_XS(3)                    /* scratch bytes allocated by this clause */
#define CG_TMP2    CG_XS(4)                    /* scratch slots of one operation */
#define CG_TMP3    CG_XS(5)
_Static_assert(CG_SCRP < DCTX_REPLAY_CPU && DCTX_REPLAY_CPU < DCTX_REPLAY_TS,
	       "memory subroutine slots overlap DCTX_REPLAY_*");
/* with the 16-byte rounding of frames, BPF-to-BPF calls keep their room */
_Static_assert(-CG_TMP3 <= 512 - 16, "memory subroutine slots exceed the BPF stack");

/*
 * Scratch memory (alloca(), copyin(), the destinations of bcopy() and
 * copyinto()): DT_SCRATCH_SIZE bytes per clause, as DTrace gives each
 * clause what is left of its buffer.  It lives in a per-CPU map whose
 * value is twice that (plus its own address, as a number, at the end):
 * an allocation's offset and its size are each checked against
 * DT_SCRATCH_SIZE, which is all the verifier can follow, so the largest
 * allocation at the largest offset must still lie within the value.
 */
#define DT_SCRATCH_SIZE 8192
#define DT_SCRATCH_ADDR (2 * DT_SCRATCH_SIZE)

/* How far progenyof() follows real_parent (deeper process trees are not progeny). */
#define DT_PROGENY_DEPTH 64

_Static_assert(-CG_VS(CG_MAXVS - 1) <= DT_FRAME_CLAUSE_MAX, "clause frame slots overlap DCTX_REPLAY_*");

#define DT_BUF_SIZE 32768                      /* per-CPU buffer (BPF percpu limit) */

/* Fault types, as DTrace numbers them (ERROR's arg4). */
#define DT_FAULT_BADADDR 1
#define DT_FAULT_BADALIGN 2
#define DT_FAULT_ILLOP   3
#define DT_FAULT_DIVZERO 4
#define DT_FAULT_NOSCRATCH 5

/* Offsets of probe description strings in a DT_MAP_PDESC value. */
#define PDESC_PROV 0
#define PDESC_MOD  64
#define PDESC_FUNC 128
#define PDESC_NAME 256

enum { L_END, L_FAULT, L_DEFER };

/* What an address on the value stack points into. */
enum { MEM_NONE = 0, MEM_BPF, MEM_KERNEL };

typedef struct dt_cg_val {
	int reg;          /* 6..8, or -1 when spilled to CG_VS(i) */
	uint32_t strsz;   /* strings: bytes readable at the pointer */
	uint8_t mem;      /* addresses of aggregates: MEM_BPF (map, buffer) or MEM_KERNEL */
	bool mayzero;     /* strings: may be NULL (strstr( ) found nothing, ...) */
} dt_cg_val_t;

typedef struct dt_cg_fix {
	size_t at;        /* jump instruction */
	int label;
} dt_cg_fix_t;

typedef struct dt_cg {
	dtrace_hdl_t *dtp;
	dt_clause_t *clp;
	dt_insnbuf_t ib;
	dt_cg_val_t vs[CG_MAXVS];
	int nvs;
	unsigned busy;        /* bit r: register r holds a value */
	uint32_t recoff;      /* record bytes so far, after the header */
	uint32_t tmpoff;      /* string temps grow down from the buffer's end */
	bool need_buf;
	bool has_fault;
	bool has_defer;       /* a failed copyinstr() may be retried later */
	/*
	 * The code so far changes state that running the clause again would
	 * change again (assignments, aggregations, speculations, exit()): a failed
	 * copyinstr() after it cannot wait for a retry (emit_copyin_failed).
	 * Code for any new action or subroutine that changes state sets it.
	 */
	bool effects;
	int action;           /* current action number (0 = predicate) */
	int nacts;
	dt_cg_fix_t *fix;
	int nfix, capfix;
	dt_actdesc_t **act_tail;
	bool failed;
	bool write;           /* the next cg_addr() is for a store */
	uint32_t keyoff;      /* the last associative array element's key, in the buffer */
	int16_t maskoff;      /* buffer offset of the action mask (after any speculation word) */
	size_t spec_add;      /* speculate( )'s add of the record's length, patched at the end */
	bool need_scratch;    /* the clause allocates scratch memory */
} dt_cg_t;

static void
emit(dt_cg_t *cg, struct bpf_insn insn)
{
	dt_ib_emit(&cg->ib, insn);
}

static void
emit_ld64(dt_cg_t *cg, int reg, uint64_t v)
{
	emit(cg, LD_IMM64_LO(reg, 0, v));
	emit(cg, LD_IMM64_HI(v));
}

/* r = address of a map's value (array maps only) plus off. */
static void
emit_map_value(dt_cg_t *cg, int reg, int role, uint32_t off)
{
	emit(cg, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, reg, BPF_PSEUDO_MAP_VALUE, 0, role));
	emit(cg, DT_INSN(0, 0, 0, 0, (int32_t)off));
}

static void
emit_map_fd(dt_cg_t *cg, int reg, int role)
{
	emit(cg, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, reg, BPF_PSEUDO_MAP_FD, 0, role));
	emit(cg, DT_INSN(0, 0, 0, 0, 0));
}

static void
emit_jump_label(dt_cg_t *cg, struct bpf_insn insn, int label)
{
	if (cg->nfix == cg->capfix) {
		cg->capfix = cg->capfix ? cg->capfix * 2 : 16;
		cg->fix = dt_realloc(cg->fix, cg->capfix * sizeof(*cg->fix));
	}
	cg->fix[cg->nfix].at = cg->ib.n;
	cg->fix[cg->nfix].label = label;
	cg->nfix++;
	emit(cg, insn);
}

/* Patch a forward jump emitted at 'at' to land at the current position. */
static void
patch_here(dt_cg_t *cg, size_t at)
{
	cg->ib.insns[at].off = (int16_t)(cg->ib.n - at - 1);
}

static int
cg_error(dt_cg_t *cg, int line, dt_errtag_t tag, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int
cg_error(dt_cg_t *cg, int line, dt_errtag_t tag, const char *fmt, ...)
{
	char msg[800];
	va_list ap;

	if (cg->failed)
		return -1;
	cg->failed = true;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	dt_compile_error(cg->dtp, line, tag, "%s", msg);
	return -1;
}

/* ---- the value stack ---------------------------------------------- */

static void
spill(dt_cg_t *cg, int i)
{
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, cg->vs[i].reg, CG_VS(i)));
	cg->busy &= ~(1u << cg->vs[i].reg);
	cg->vs[i].reg = -1;
}

/* A free register, spilling the deepest value not among the top 'keep'. */
static int
alloc_reg(dt_cg_t *cg, int keep)
{
	for (int r = BPF_REG_6; r <= BPF_REG_8; r++)
		if (!(cg->busy & (1u << r)))
			return r;
	for (int i = 0; i < cg->nvs - keep; i++) {
		if (cg->vs[i].reg >= 0) {
			int r = cg->vs[i].reg;

			spill(cg, i);
			return r;
		}
	}
	return -1;
}

static int
vpush(dt_cg_t *cg, uint32_t strsz)
{
	int r;

	if (cg->nvs == CG_MAXVS) {
		cg_error(cg, cg->clp->line, D_TOO_COMPLEX, "expression is too complex");
		return BPF_REG_6;
	}
	r = alloc_reg(cg, 0);
	cg->busy |= 1u << r;
	cg->vs[cg->nvs].reg = r;
	cg->vs[cg->nvs].strsz = strsz;
	cg->vs[cg->nvs].mem = MEM_NONE;
	cg->vs[cg->nvs].mayzero = false;
	cg->nvs++;
	return r;
}

/* Register of the value 'k' from the top (0 = top), reloading it if spilled. */
static int
vreg(dt_cg_t *cg, int k)
{
	int i = cg->nvs - 1 - k, r;

	if (cg->vs[i].reg >= 0)
		return cg->vs[i].reg;
	r = alloc_reg(cg, 2);
	cg->busy |= 1u << r;
	cg->vs[i].reg = r;
	emit(cg, LDX_MEM(BPF_DW, r, BPF_REG_10, CG_VS(i)));
	return r;
}

static void
vpop(dt_cg_t *cg)
{
	dt_cg_val_t *v = &cg->vs[--cg->nvs];

	if (v->reg >= 0)
		cg->busy &= ~(1u << v->reg);
}

/* Before control flow: every live value to the frame, so paths agree. */
static void
vflush(dt_cg_t *cg)
{
	for (int i = 0; i < cg->nvs; i++)
		if (cg->vs[i].reg >= 0)
			spill(cg, i);
}

/* Make the top value live in register 'want' (free, or already holding it). */
static void
vmove_top(dt_cg_t *cg, int want)
{
	int r = vreg(cg, 0);

	if (r == want)
		return;
	emit(cg, MOV64_REG(want, r));
	cg->busy &= ~(1u << r);
	cg->busy |= 1u << want;
	cg->vs[cg->nvs - 1].reg = want;
}

/* ---- helpers ------------------------------------------------------ */

static void
emit_normalize(dt_cg_t *cg, int r, dt_type_t t)
{
	if (t.kind != DT_TK_INT || t.size >= 8)
		return;
	emit(cg, ALU64_IMM(BPF_LSH, r, 64 - 8 * t.size));
	emit(cg, ALU64_IMM(t.sign ? BPF_ARSH : BPF_RSH, r, 64 - 8 * t.size));
}

/* The fault's action, type, address and offset, for the fault stub to report. */
static void
emit_fault_info(dt_cg_t *cg, int type, int addr_reg)
{
	uint32_t info = ((uint32_t)cg->action << 16) | (uint32_t)type;

	cg->has_fault = true;
	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_FREC + 12, (int32_t)info));
	if (addr_reg >= 0)
		emit(cg, STX_MEM(BPF_DW, BPF_REG_10, addr_reg, CG_FREC + 16));
	else
		emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_FREC + 16, 0));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_FREC + 24, (int32_t)cg->ib.n));
}

static void
emit_fault(dt_cg_t *cg, int type, int addr_reg)
{
	emit_fault_info(cg, type, addr_reg);
	emit_jump_label(cg, JA(0), L_FAULT);
}

/* The per-CPU buffer: records from 0 up, this-> variables at the end, temps below them. */
#define LOCAL_BASE (DT_BUF_SIZE - dt_ident_local_max())

static uint32_t
buf_temp(dt_cg_t *cg, uint32_t size)
{
	size = (size + 7) & ~7u;
	cg->need_buf = true;
	cg->tmpoff += size;
	return LOCAL_BASE - cg->tmpoff;
}

/* task_struct field offsets from the kernel's BTF, looked up once per handle. */
static int
task_offsets(dt_cg_t *cg, int line, uint32_t *parent, uint32_t *tgid)
{
	dtrace_hdl_t *dtp = cg->dtp;

	if (!dtp->task_off_parent &&
	    (dt_btf_member_offset(dtp, "struct task_struct", "real_parent", &dtp->task_off_parent) != 0 ||
	     dt_btf_member_offset(dtp, "struct task_struct", "tgid", &dtp->task_off_tgid) != 0)) {
		dtp->task_off_parent = 0;
		return cg_error(cg, line, D_SYM_NOTYPES,
				"ppid needs the kernel's task_struct layout (/sys/kernel/btf/vmlinux)");
	}
	*parent = dtp->task_off_parent;
	*tgid = dtp->task_off_tgid;
	return 0;
}

/* ---- expressions -------------------------------------------------- */

static void cg_expr(dt_cg_t *cg, dt_node_t *n);
static void emit_check_r0(dt_cg_t *cg, int type, int addr_reg);

static void
cg_builtin(dt_cg_t *cg, dt_node_t *n)
{
	int code = (int)n->value, r;
	uint32_t off, parent = 0, tgid = 0;

	switch (code) {
	case DT_BI_PID:
	case DT_BI_TID:
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_pid_tgid));
		r = vpush(cg, 0);
		if (code == DT_BI_PID)
			emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_0, 32));
		emit(cg, MOV32_REG(r, BPF_REG_0));
		return;
	case DT_BI_UID:
	case DT_BI_GID:
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_uid_gid));
		r = vpush(cg, 0);
		if (code == DT_BI_GID)
			emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_0, 32));
		emit(cg, MOV32_REG(r, BPF_REG_0));
		return;
	case DT_BI_PPID:
		if (task_offsets(cg, n->line, &parent, &tgid) != 0)
			return;
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_task));
		emit(cg, MOV64_REG(BPF_REG_3, BPF_REG_0));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)parent));
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_10));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, CG_TMP));
		emit(cg, MOV64_IMM(BPF_REG_2, 8));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_10, CG_TMP));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)tgid));
		emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_TMP, 0));
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_10));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, CG_TMP));
		emit(cg, MOV64_IMM(BPF_REG_2, 4));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
		r = vpush(cg, 0);
		emit(cg, LDX_MEM(BPF_W, r, BPF_REG_10, CG_TMP));
		emit_normalize(cg, r, dt_type_int);
		return;
	case DT_BI_EXECNAME:
		off = buf_temp(cg, 16);
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
		emit(cg, MOV64_IMM(BPF_REG_2, 16));
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_comm));
		r = vpush(cg, 16);
		emit(cg, MOV64_REG(r, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, r, (int32_t)off));
		return;
	case DT_BI_TIMESTAMP:
	case DT_BI_WALLTIMESTAMP:
		emit(cg, CALL_HELPER(BPF_FUNC_ktime_get_ns));
		if (code == DT_BI_WALLTIMESTAMP) {
			emit_ld64(cg, BPF_REG_1, cg->dtp->wall_offset);
			emit(cg, ALU64_REG(BPF_ADD, BPF_REG_0, BPF_REG_1));
		}
		r = vpush(cg, 0);
		emit(cg, MOV64_REG(r, BPF_REG_0));
		return;
	case DT_BI_CPU:
		emit(cg, CALL_HELPER(BPF_FUNC_get_smp_processor_id));
		r = vpush(cg, 0);
		emit(cg, MOV64_REG(r, BPF_REG_0));
		return;
	case DT_BI_PROBEPROV:
	case DT_BI_PROBEMOD:
	case DT_BI_PROBEFUNC:
	case DT_BI_PROBENAME: {
		static const uint32_t offs[] = { PDESC_PROV, PDESC_MOD, PDESC_FUNC, PDESC_NAME };
		static const uint32_t sizes[] = { 64, 64, 128, 64 };
		int k = code - DT_BI_PROBEPROV;

		emit(cg, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_10, DCTX_PRID));
		emit(cg, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_1, CG_TMP));
		emit_map_fd(cg, BPF_REG_1, DT_MAP_PDESC);
		emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_10));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_TMP));
		emit(cg, CALL_HELPER(BPF_FUNC_map_lookup_elem));
		emit_jump_label(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0), L_END);
		r = vpush(cg, sizes[k]);
		emit(cg, MOV64_REG(r, BPF_REG_0));
		emit(cg, ALU64_IMM(BPF_ADD, r, (int32_t)offs[k]));
		return;
	}
	case DT_BI_ERRNO:
		r = vpush(cg, 0);
		emit(cg, LDX_MEM(BPF_DW, r, BPF_REG_10, DCTX_ERRNO));
		return;
	case DT_BI_CURTHREAD:
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_task));
		r = vpush(cg, 0);
		emit(cg, MOV64_REG(r, BPF_REG_0));
		return;
	case DT_BI_EPID:
		r = vpush(cg, 0);
		emit(cg, LDX_MEM(BPF_W, r, BPF_REG_10, DCTX_EPID));
		return;
	case DT_BI_ID:
		r = vpush(cg, 0);
		emit(cg, LDX_MEM(BPF_W, r, BPF_REG_10, DCTX_PRID));
		return;
	default:
		r = vpush(cg, 0);
		emit(cg, LDX_MEM(BPF_DW, r, BPF_REG_10, DCTX_ARG(code - DT_BI_ARG0)));
		return;
	}
}

static void
cg_int_const(dt_cg_t *cg, int64_t v)
{
	int r = vpush(cg, 0);

	if (v >= INT32_MIN && v <= INT32_MAX)
		emit(cg, MOV64_IMM(r, (int32_t)v));
	else
		emit_ld64(cg, r, (uint64_t)v);
}

static void
cg_str_const(dt_cg_t *cg, const char *s)
{
	uint32_t off = dt_strtab_add(&cg->dtp->strtab, s);
	int r = vpush(cg, (uint32_t)(strlen(s) + 8) & ~7u);

	emit_map_value(cg, r, DT_MAP_STRTAB, off);
}

static int
jmp_op(dt_op_t op, bool sign)
{
	switch (op) {
	case DT_OP_EQ: return BPF_JEQ;
	case DT_OP_NE: return BPF_JNE;
	case DT_OP_LT: return sign ? BPF_JSLT : BPF_JLT;
	case DT_OP_LE: return sign ? BPF_JSLE : BPF_JLE;
	case DT_OP_GT: return sign ? BPF_JSGT : BPF_JGT;
	default: return sign ? BPF_JSGE : BPF_JGE;
	}
}

/* Turn the comparison lr <op> rr into 0/1 in lr. */
static void
emit_setcc(dt_cg_t *cg, int jop, int lr, int rr, bool isimm, int32_t imm)
{
	if (isimm)
		emit(cg, JMP_IMM(jop, lr, imm, 2));
	else
		emit(cg, JMP_REG(jop, lr, rr, 2));
	emit(cg, MOV64_IMM(lr, 0));
	emit(cg, JA(1));
	emit(cg, MOV64_IMM(lr, 1));
}

/* A string helper's result in r0 is a byte count, or negative for a bad address. */
static void
emit_fault_if_negative(dt_cg_t *cg, int addr_reg)
{
	size_t j = cg->ib.n;

	emit(cg, JMP_IMM(BPF_JSGE, BPF_REG_0, 0, 0));
	emit_fault(cg, DT_FAULT_BADADDR, addr_reg);
	patch_here(cg, j);
}

/*
 * A string that may be NULL (what strstr( ) and the like return when they
 * find nothing) faults where it is used, as in DTrace, at address 0.
 */
static void
emit_null_fault_top(dt_cg_t *cg)
{
	dt_cg_val_t *v = &cg->vs[cg->nvs - 1];
	int r;
	size_t j;

	if (!v->mayzero)
		return;
	r = vreg(cg, 0);
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, r, 0, 0));
	emit_fault(cg, DT_FAULT_BADADDR, r);
	patch_here(cg, j);
	cg->vs[cg->nvs - 1].mayzero = false;
}

/* The top of the value stack becomes the string temporary at off (size bytes). */
static void
set_top_strtemp(dt_cg_t *cg, int r, uint32_t off, uint32_t size)
{
	emit(cg, MOV64_REG(r, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, r, (int32_t)off));
	cg->vs[cg->nvs - 1].strsz = size;
	cg->vs[cg->nvs - 1].mem = MEM_BPF;
}

/*
 * Make the string on top of the value stack one that BPF may read
 * directly (helpers such as bpf_strncmp refuse kernel addresses): a char
 * array in kernel memory, or a string at a pointer, is copied into a
 * temporary in the buffer, at most 'size' bytes.
 */
static void
cg_str_to_bpf(dt_cg_t *cg, dt_type_t t, uint32_t size)
{
	dt_cg_val_t *v = &cg->vs[cg->nvs - 1];
	uint32_t off;
	int r;

	if (!(t.kind == DT_TK_PTR || t.kind == DT_TK_INT ||
	      (t.kind == DT_TK_ARRAY && v->mem == MEM_KERNEL)))
		return;
	if (size == 0 || size > cg->dtp->strsize)
		size = (uint32_t)cg->dtp->strsize;
	off = buf_temp(cg, size);
	r = vreg(cg, 0);
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
	emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size));
	emit(cg, MOV64_REG(BPF_REG_3, r));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel_str));
	/* a string at a bad address faults, as DTrace's loads do */
	emit_fault_if_negative(cg, r);
	set_top_strtemp(cg, r, off, size);
}

/*
 * Copy the string at register src into the buffer at off, at most size
 * bytes with its NUL; r0 is then the length copied with the NUL, or a
 * negative error for a bad address.
 */
static void
emit_strcpy(dt_cg_t *cg, uint32_t off, int len_reg, uint32_t size, int src)
{
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
	if (len_reg >= 0)
		emit(cg, ALU64_REG(BPF_ADD, BPF_REG_1, len_reg));
	emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size));
	if (len_reg >= 0)
		emit(cg, ALU64_REG(BPF_SUB, BPF_REG_2, len_reg));
	emit(cg, MOV64_REG(BPF_REG_3, src));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel_str));
}

/*
 * A failed copyinstr() read, in r0: where the probe context says it may be
 * retried later (DCTX_RETRY == 1, dt_impl.h), the clause stops and the
 * defer stub saves the firing for the retry; elsewhere it is a fault.  Only
 * while the clause has changed nothing that running it again would change
 * twice (an assignment, an aggregation, exit()): after that, a failed read
 * is a fault, as it would be with no retry.  The task_struct's mm offset,
 * which the retry checks, must be known (BTF).  Nothing here is on the
 * path of a read that succeeds.
 */
static void
emit_copyin_failed(dt_cg_t *cg, int addr_reg)
{
	dtrace_hdl_t *dtp = cg->dtp;
	size_t j;

	if (!dtp->task_off_mm &&
	    dt_btf_member_offset(dtp, "struct task_struct", "mm", &dtp->task_off_mm) != 0)
		dtp->task_off_mm = 0;
	if (cg->effects || !dtp->task_off_mm) {
		emit_fault_if_negative(cg, addr_reg);
		return;
	}
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JSGE, BPF_REG_0, 0, 0));
	emit_fault_info(cg, DT_FAULT_BADADDR, addr_reg);
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_RETRY));
	emit_jump_label(cg, JMP_IMM(BPF_JEQ, BPF_REG_1, 1, 0), L_DEFER);
	emit_jump_label(cg, JA(0), L_FAULT);
	patch_here(cg, j);
	cg->has_defer = true;
	cg->clp->defers = true;
}

/*
 * copyinstr(addr [, len]): the user string at addr (with the address on top
 * of the value stack), at most len bytes and strsize in all, into the
 * buffer at off; a bad address is a fault.  The read cannot fault pages in:
 * a page the process has not touched yet fails too, and is retried later
 * where possible (emit_copyin_failed).
 */
static void
cg_copyinstr(dt_cg_t *cg, dt_node_t *n, uint32_t off, uint32_t size)
{
	int ra, rl = -1;

	if (n->args->next) {
		cg_expr(cg, n->args->next);
		if (cg->failed)
			return;
		rl = vreg(cg, 0);
		/* len bytes and a NUL, within the buffer, for the verifier */
		emit(cg, ALU64_IMM(BPF_ADD, rl, 1));
		emit(cg, JMP_IMM(BPF_JLE, rl, (int32_t)size, 1));
		emit(cg, MOV64_IMM(rl, (int32_t)size));
	}
	ra = vreg(cg, rl >= 0 ? 1 : 0);
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
	if (rl >= 0)
		emit(cg, MOV64_REG(BPF_REG_2, rl));
	else
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size));
	emit(cg, MOV64_REG(BPF_REG_3, ra));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_user_str));
	emit_copyin_failed(cg, ra);
	if (rl >= 0)
		vpop(cg);
	set_top_strtemp(cg, ra, off, size);
}

/* ---- string subroutines (runtime library functions) ---------------- */

/* A call of the runtime library's function 'name' (bpf/runtime.c). */
static void
emit_rt_call(dt_cg_t *cg, const char *name)
{
	emit(cg, DT_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0,
			 DT_RT_CALL_MARK | dt_runtime_id(name)));
}

/* Register 'dst' = the value k from the top of the value stack. */
static void
emit_arg(dt_cg_t *cg, int dst, int k)
{
	emit(cg, MOV64_REG(dst, vreg(cg, k)));
}

/* Register 'dst' = the address of buffer offset off. */
static void
emit_buf_addr(dt_cg_t *cg, int dst, uint32_t off)
{
	emit(cg, MOV64_REG(dst, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, dst, (int32_t)off));
}

/*
 * A string argument of a subroutine, onto the value stack, in memory the
 * runtime library may read: a char pointer (or an integer used as one) or
 * a char array in kernel memory is copied into a temporary first, a bad
 * address faulting as in DTrace; a NULL string faults.  With 'copy', any
 * string is copied (into the per-CPU buffer).  Returns the bytes the
 * library may read there (a constant, as the verifier needs).
 */
static uint32_t
cg_str_operand(dt_cg_t *cg, dt_node_t *a, bool copy)
{
	uint32_t strsize = (uint32_t)cg->dtp->strsize, n;
	dt_type_t t = a->type;
	int r;

	cg_expr(cg, a);
	if (cg->failed)
		return 0;
	emit_null_fault_top(cg);
	if (copy || t.kind == DT_TK_PTR || t.kind == DT_TK_INT ||
	    (t.kind == DT_TK_ARRAY && cg->vs[cg->nvs - 1].mem == MEM_KERNEL)) {
		uint32_t off = buf_temp(cg, strsize);

		r = vreg(cg, 0);
		emit_strcpy(cg, off, -1, strsize, r);
		emit_fault_if_negative(cg, r);
		set_top_strtemp(cg, r, off, strsize);
	}
	n = cg->vs[cg->nvs - 1].strsz;
	return n == 0 || n > strsize ? strsize : n;
}

/*
 * Replace the nargs arguments on the value stack by the library's result:
 * r0 goes through the scratch word at doff (so that the verifier sees one
 * unknown value, not one per path through the library function).  With
 * str, the result is the string at doff + 8 (NULL when r0 is negative, if
 * mayzero).
 */
static int
cg_strsubr_result(dt_cg_t *cg, int nargs, uint32_t doff, bool str, bool mayzero)
{
	int r;

	for (int i = 0; i < nargs; i++)
		vpop(cg);
	r = vpush(cg, 0);
	emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_0, (int16_t)doff));
	emit(cg, LDX_MEM(BPF_DW, r, BPF_REG_9, (int16_t)doff));
	if (!str)
		return r;
	if (mayzero) {
		emit(cg, JMP_IMM(BPF_JSGE, r, 0, 2));
		emit(cg, MOV64_IMM(r, 0));
		emit(cg, JA(2));
	}
	set_top_strtemp(cg, r, doff + 8, (uint32_t)cg->dtp->strsize);
	cg->vs[cg->nvs - 1].mayzero = mayzero;
	return r;
}

/* Fault with 'type' unless lo <= register r <= hi. */
static void
emit_check_range(dt_cg_t *cg, int r, int32_t lo, int32_t hi, int type)
{
	size_t jlo = cg->ib.n, jok;

	emit(cg, JMP_IMM(BPF_JSLT, r, lo, 0));
	jok = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JSLE, r, hi, 0));
	patch_here(cg, jlo);
	emit_fault(cg, type, -1);
	patch_here(cg, jok);
}

/* inet_ntoa(p), inet_ntoa6(p), inet_ntop(af, p): read the address, then the text. */
static void
cg_inet(dt_cg_t *cg, dt_node_t *n, uint32_t doff, uint32_t aoff)
{
	int code = (int)n->value, nargs = code == DT_SUB_INET_NTOP ? 2 : 1, rp;
	size_t j4 = 0, j6 = 0;

	for (dt_node_t *a = n->args; a; a = a->next) {
		cg_expr(cg, a);
		if (cg->failed)
			return;
	}
	/* r4: how (0 IPv4, 1 inet_ntoa6, 2 IPv6 for inet_ntop), r2: bytes */
	if (code == DT_SUB_INET_NTOP) {
		int raf = vreg(cg, 1);

		j4 = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JEQ, raf, 2, 0));
		j6 = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JEQ, raf, 10, 0));
		/* neither AF_INET nor AF_INET6 */
		emit_fault(cg, DT_FAULT_ILLOP, -1);
		patch_here(cg, j4);
		emit(cg, MOV64_IMM(BPF_REG_4, 0));
		emit(cg, MOV64_IMM(BPF_REG_2, 4));
		j4 = cg->ib.n;
		emit(cg, JA(0));
		patch_here(cg, j6);
		emit(cg, MOV64_IMM(BPF_REG_4, 2));
		emit(cg, MOV64_IMM(BPF_REG_2, 16));
		patch_here(cg, j4);
	} else {
		emit(cg, MOV64_IMM(BPF_REG_4, code == DT_SUB_INET_NTOA ? 0 : 1));
		emit(cg, MOV64_IMM(BPF_REG_2, code == DT_SUB_INET_NTOA ? 4 : 16));
	}
	rp = vreg(cg, 0);
	/* on the stack, where the verifier still knows it for the call */
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_4, CG_TMP));
	emit_buf_addr(cg, BPF_REG_1, aoff);
	emit(cg, MOV64_REG(BPF_REG_3, rp));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	emit_check_r0(cg, DT_FAULT_BADADDR, rp);
	emit_buf_addr(cg, BPF_REG_1, doff);
	emit_buf_addr(cg, BPF_REG_2, aoff);
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_10, CG_TMP));
	emit_rt_call(cg, "dt_inet");
	cg_strsubr_result(cg, nargs, doff, true, false);
}

/*
 * The string subroutines of bpf/runtime.c: arguments into r1-r5 (the
 * deepest first: reloading one never disturbs the registers already set),
 * the result in a temporary of 8 scratch bytes and the string.
 */
static void
cg_strsubr(dt_cg_t *cg, dt_node_t *n)
{
	dtrace_hdl_t *dtp = cg->dtp;
	uint32_t strsize = (uint32_t)dtp->strsize, doff, ns, nt;
	int code = (int)n->value, nargs = 0, r;
	dt_node_t *a0 = n->args, *a1 = a0 ? a0->next : NULL, *a2 = a1 ? a1->next : NULL;

	for (dt_node_t *a = n->args; a; a = a->next)
		nargs++;
	switch (code) {
	case DT_SUB_HTONS: case DT_SUB_NTOHS:
	case DT_SUB_HTONL: case DT_SUB_NTOHL:
	case DT_SUB_HTONLL: case DT_SUB_NTOHLL: {
		int bits = code == DT_SUB_HTONS || code == DT_SUB_NTOHS ? 16 :
			   code == DT_SUB_HTONL || code == DT_SUB_NTOHL ? 32 : 64;

		cg_expr(cg, a0);
		if (cg->failed)
			return;
		/* to big-endian: a swap on this host, zero-extended from 'bits' */
		emit(cg, DT_INSN(BPF_ALU | BPF_END | BPF_TO_BE, vreg(cg, 0), 0, 0, bits));
		return;
	}
	case DT_SUB_INET_NTOA: case DT_SUB_INET_NTOA6: case DT_SUB_INET_NTOP:
		doff = buf_temp(cg, 8 + (strsize > 72 ? strsize : 72) + 16);
		cg_inet(cg, n, doff, doff + 8 + (strsize > 72 ? strsize : 72));
		return;
	case DT_SUB_LLTOSTR:
		doff = buf_temp(cg, 8 + (strsize > 72 ? strsize : 72));
		cg_expr(cg, a0);
		if (a1)
			cg_expr(cg, a1);
		if (cg->failed)
			return;
		if (a1)
			/* DTrace's bases: 2 to 36; others are an illegal operation */
			emit_check_range(cg, vreg(cg, 0), 2, 36, DT_FAULT_ILLOP);
		emit_buf_addr(cg, BPF_REG_1, doff);
		emit_arg(cg, BPF_REG_2, a1 ? 1 : 0);
		if (a1)
			emit_arg(cg, BPF_REG_3, 0);
		else
			emit(cg, MOV64_IMM(BPF_REG_3, 10));
		emit_rt_call(cg, "dt_lltostr");
		cg_strsubr_result(cg, nargs, doff, true, false);
		return;
	case DT_SUB_SUBSTR:
		doff = buf_temp(cg, 8 + strsize);
		ns = cg_str_operand(cg, a0, false);
		cg_expr(cg, a1);
		if (a2)
			cg_expr(cg, a2);
		if (cg->failed)
			return;
		emit_buf_addr(cg, BPF_REG_1, doff);
		emit_arg(cg, BPF_REG_2, nargs - 1);
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)ns));
		emit_arg(cg, BPF_REG_4, nargs - 2);
		/* without a length, as much as strsize allows */
		if (a2)
			emit_arg(cg, BPF_REG_5, 0);
		else
			emit(cg, MOV64_IMM(BPF_REG_5, (int32_t)strsize));
		emit_rt_call(cg, "dt_substr");
		cg_strsubr_result(cg, nargs, doff, true, false);
		return;
	case DT_SUB_STRCHR:
	case DT_SUB_STRRCHR:
		doff = buf_temp(cg, 8 + strsize);
		ns = cg_str_operand(cg, a0, false);
		cg_expr(cg, a1);
		if (cg->failed)
			return;
		emit_buf_addr(cg, BPF_REG_1, doff);
		emit_arg(cg, BPF_REG_2, 1);
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)ns));
		emit_arg(cg, BPF_REG_4, 0);
		emit(cg, ALU64_IMM(BPF_AND, BPF_REG_4, 0xff));
		emit(cg, MOV64_IMM(BPF_REG_5, code == DT_SUB_STRRCHR));
		emit_rt_call(cg, "dt_strchr");
		cg_strsubr_result(cg, nargs, doff, true, true);
		return;
	case DT_SUB_STRSTR:
	case DT_SUB_INDEX:
	case DT_SUB_RINDEX: {
		uint64_t how = code == DT_SUB_STRSTR ? 0 : code == DT_SUB_INDEX ? 1 : 2;

		doff = buf_temp(cg, 8 + strsize);
		/* in the buffer: the comparisons read past its end (bpf/runtime.c) */
		ns = cg_str_operand(cg, a0, true);
		nt = cg_str_operand(cg, a1, false);
		if (a2)
			cg_expr(cg, a2);
		if (cg->failed)
			return;
		emit_buf_addr(cg, BPF_REG_1, doff);
		emit_arg(cg, BPF_REG_2, nargs - 1);
		emit_arg(cg, BPF_REG_3, nargs - 2);
		emit_ld64(cg, BPF_REG_4, ns | (uint64_t)nt << 16 | how << 32 | (uint64_t)(a2 != NULL) << 34);
		if (a2)
			emit_arg(cg, BPF_REG_5, 0);
		else
			emit(cg, MOV64_IMM(BPF_REG_5, 0));
		emit_rt_call(cg, "dt_strsearch");
		r = cg_strsubr_result(cg, nargs, doff, code == DT_SUB_STRSTR, true);
		if (code != DT_SUB_STRSTR)
			emit_normalize(cg, r, dt_type_int);
		return;
	}
	case DT_SUB_STRTOK: {
		dt_ident_t *idp = dt_ident_find(dtp, DT_IDK_LOCAL, ".strtok");
		uint32_t soff = LOCAL_BASE + idp->offset;
		bool cont = a0->isconst && a0->kind == DT_N_INT;   /* strtok(NULL, ...) */

		cg->need_buf = true;
		/* after the token, 32 bytes for the delimiters' bit map (bpf/runtime.c) */
		doff = buf_temp(cg, 8 + strsize + 32);
		if (!cont) {
			/* a new string: kept where strtok(NULL, ...) finds it */
			cg_expr(cg, a0);
			if (cg->failed)
				return;
			emit_null_fault_top(cg);
			r = vreg(cg, 0);
			emit_strcpy(cg, soff, -1, strsize, r);
			emit_fault_if_negative(cg, r);
		}
		nt = cg_str_operand(cg, a1, false);
		if (cg->failed)
			return;
		/* r5: where to go on (0: the start), | nt << 32 */
		if (cont) {
			/* nowhere (0) becomes ~0: past the end, so no token */
			emit(cg, LDX_MEM(BPF_DW, BPF_REG_5, BPF_REG_10, DCTX_STRTOK));
			emit(cg, ALU64_IMM(BPF_SUB, BPF_REG_5, 1));
			emit(cg, MOV32_REG(BPF_REG_5, BPF_REG_5));
		} else {
			emit(cg, MOV64_IMM(BPF_REG_5, 0));
		}
		emit(cg, MOV64_IMM(BPF_REG_4, (int32_t)nt));
		emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_4, 32));
		emit(cg, ALU64_REG(BPF_OR, BPF_REG_5, BPF_REG_4));
		emit_buf_addr(cg, BPF_REG_1, doff);
		emit_buf_addr(cg, BPF_REG_2, soff);
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)strsize));
		emit_arg(cg, BPF_REG_4, 0);
		emit_rt_call(cg, "dt_strtok");
		/* where the next strtok(NULL, ...) goes on, + 1 (0: nowhere) */
		emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_0, (int16_t)doff));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_9, (int16_t)doff));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
		emit(cg, JMP_IMM(BPF_JSGE, BPF_REG_1, 0, 1));
		emit(cg, MOV64_IMM(BPF_REG_1, 0));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_STRTOK));
		cg_strsubr_result(cg, cont ? 1 : 2, doff, true, true);
		return;
	}
	default:
		/* basename, dirname, cleanpath, toupper, tolower: one string */
		doff = buf_temp(cg, 8 + (code == DT_SUB_CLEANPATH ? 2 * strsize : strsize));
		ns = cg_str_operand(cg, a0, false);
		if (cg->failed)
			return;
		emit_buf_addr(cg, BPF_REG_1, doff);
		emit_arg(cg, BPF_REG_2, 0);
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)ns));
		switch (code) {
		case DT_SUB_CLEANPATH:
			emit(cg, MOV64_IMM(BPF_REG_4, (int32_t)strsize));
			emit_rt_call(cg, "dt_cleanpath");
			break;
		case DT_SUB_TOUPPER:
		case DT_SUB_TOLOWER:
			emit(cg, MOV64_IMM(BPF_REG_4, code == DT_SUB_TOUPPER));
			emit_rt_call(cg, "dt_strcase");
			break;
		default:
			emit(cg, MOV64_IMM(BPF_REG_4, code == DT_SUB_DIRNAME));
			emit_rt_call(cg, "dt_basename");
			break;
		}
		cg_strsubr_result(cg, 1, doff, true, false);
		return;
	}
}

/*
 * The D library's __psargs(start, end): the current process's arguments
 * (its argument area [start, end) in user memory) as psinfo_t's pr_psargs
 * holds them, at most 79 bytes, NULs between arguments made spaces.
 */
#define DT_PSARGS_SIZE 80

static void
cg_psargs(dt_cg_t *cg, dt_node_t *n)
{
	uint32_t off = buf_temp(cg, DT_PSARGS_SIZE);
	int rs, re;

	cg_expr(cg, n->args->next);
	if (cg->failed)
		return;
	re = vreg(cg, 0);
	rs = vreg(cg, 1);
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
	emit(cg, MOV64_REG(BPF_REG_2, rs));
	emit(cg, MOV64_REG(BPF_REG_3, re));
	emit(cg, MOV64_IMM(BPF_REG_4, DT_PSARGS_SIZE));
	emit(cg, DT_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0,
			 DT_RT_CALL_MARK | dt_runtime_id("dt_psargs")));
	emit_fault_if_negative(cg, rs);
	vpop(cg);
	set_top_strtemp(cg, rs, off, DT_PSARGS_SIZE);
}

/*
 * Subroutines.  strlen(s): the length bpf_probe_read_kernel_str() copies,
 * less its NUL.  strjoin(a, b): a copied into a temporary, then b after
 * it, the whole at most strsize bytes with its NUL.
 */
static void cg_speculation(dt_cg_t *cg);

static void
cg_subr(dt_cg_t *cg, dt_node_t *n)
{
	uint32_t size, off;
	int ra, rb;

	if (n->value == DT_SUB_SPECULATION) {
		cg_speculation(cg);
		return;
	}
	if (n->value >= DT_SUB_SUBSTR && n->value <= DT_SUB_INET_NTOP) {
		cg_strsubr(cg, n);
		return;
	}
	size = (uint32_t)cg->dtp->strsize;
	off = buf_temp(cg, size);

	cg_expr(cg, n->args);
	if (cg->failed)
		return;
	if (n->value == DT_SUB_COPYINSTR) {
		cg_copyinstr(cg, n, off, size);
		return;
	}
	if (n->value == DT_SUB_PSARGS) {
		cg_psargs(cg, n);
		return;
	}
	ra = vreg(cg, 0);
	emit_strcpy(cg, off, -1, size, ra);
	emit_fault_if_negative(cg, ra);
	if (n->value == DT_SUB_STRLEN) {
		emit(cg, MOV64_REG(ra, BPF_REG_0));
		emit(cg, ALU64_IMM(BPF_SUB, ra, 1));
		return;
	}
	/* strjoin: the length of a, kept where a was, bounded for the verifier */
	emit(cg, MOV64_REG(ra, BPF_REG_0));
	emit(cg, ALU64_IMM(BPF_SUB, ra, 1));
	emit(cg, JMP_IMM(BPF_JLE, ra, (int32_t)size - 1, 1));
	emit(cg, MOV64_IMM(ra, (int32_t)size - 1));
	cg_expr(cg, n->args->next);
	if (cg->failed)
		return;
	rb = vreg(cg, 0);
	ra = vreg(cg, 1);
	emit_strcpy(cg, off, ra, size, rb);
	emit_fault_if_negative(cg, rb);
	vpop(cg);
	set_top_strtemp(cg, ra, off, size);
}

static void
cg_strcmp(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *l = n->left, *r = n->right;
	dt_op_t op = n->op;
	int lr;

	/* a constant side goes second: bpf_strncmp wants it in a read-only map */
	if (l->kind == DT_N_STRING && r->kind != DT_N_STRING) {
		dt_node_t *t = l;

		l = r;
		r = t;
		op = op == DT_OP_LT ? DT_OP_GT : op == DT_OP_GT ? DT_OP_LT :
		     op == DT_OP_LE ? DT_OP_GE : op == DT_OP_GE ? DT_OP_LE : op;
	}
	cg_expr(cg, l);
	if (cg->failed)
		return;
	emit_null_fault_top(cg);
	cg_str_to_bpf(cg, l->type, cg->vs[cg->nvs - 1].strsz);
	if (r->kind == DT_N_STRING) {
		uint32_t off = dt_strtab_add(&cg->dtp->strtab, r->str);

		lr = vreg(cg, 0);
		emit(cg, MOV64_REG(BPF_REG_1, lr));
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)cg->vs[cg->nvs - 1].strsz));
		emit_map_value(cg, BPF_REG_3, DT_MAP_STRTAB, off);
		emit(cg, CALL_HELPER(BPF_FUNC_strncmp));
	} else {
		uint32_t n1, n2;

		cg_expr(cg, r);
		if (cg->failed)
			return;
		emit_null_fault_top(cg);
		cg_str_to_bpf(cg, r->type, cg->vs[cg->nvs - 1].strsz);
		n1 = cg->vs[cg->nvs - 2].strsz;
		n2 = cg->vs[cg->nvs - 1].strsz;
		emit(cg, MOV64_REG(BPF_REG_2, vreg(cg, 0)));
		emit(cg, MOV64_REG(BPF_REG_1, vreg(cg, 1)));
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)(n1 < n2 ? n1 : n2)));
		emit(cg, DT_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0,
				 DT_RT_CALL_MARK | dt_runtime_id("dt_strcmp")));
		vpop(cg);
	}
	/* the result is an int: reuse the left operand's slot */
	lr = vreg(cg, 0);
	emit(cg, MOV64_REG(lr, BPF_REG_0));
	emit(cg, ALU64_IMM(BPF_LSH, lr, 32));
	emit(cg, ALU64_IMM(BPF_ARSH, lr, 32));
	cg->vs[cg->nvs - 1].strsz = 0;
	emit_setcc(cg, jmp_op(op, true), lr, 0, true, 0);
}

static void
cg_logical(dt_cg_t *cg, dt_node_t *n)
{
	size_t jshort;
	int r, res;

	vflush(cg);
	cg_expr(cg, n->left);
	r = vreg(cg, 0);
	if (n->op == DT_OP_LXOR) {
		emit_setcc(cg, BPF_JNE, r, 0, true, 0);
		cg_expr(cg, n->right);
		int rr = vreg(cg, 0), lr = vreg(cg, 1);

		emit_setcc(cg, BPF_JNE, rr, 0, true, 0);
		emit(cg, ALU64_REG(BPF_XOR, lr, rr));
		vpop(cg);
		return;
	}
	emit_setcc(cg, BPF_JNE, r, 0, true, 0);
	res = r;
	jshort = cg->ib.n;
	/* &&: a false left is the result; ||: a true left is */
	emit(cg, JMP_IMM(n->op == DT_OP_LAND ? BPF_JEQ : BPF_JNE, r, 0, 0));
	vpop(cg);
	cg_expr(cg, n->right);
	r = vreg(cg, 0);
	emit_setcc(cg, BPF_JNE, r, 0, true, 0);
	vmove_top(cg, res);
	patch_here(cg, jshort);
}

static void
cg_ternary(dt_cg_t *cg, dt_node_t *n)
{
	size_t jelse, jend;
	int r, res;
	uint32_t sz;
	bool mayzero;

	vflush(cg);
	cg_expr(cg, n->cond);
	r = vreg(cg, 0);
	vpop(cg);
	jelse = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, r, 0, 0));
	cg_expr(cg, n->left);
	res = vreg(cg, 0);
	sz = cg->vs[cg->nvs - 1].strsz;
	mayzero = cg->vs[cg->nvs - 1].mayzero;
	vpop(cg);
	jend = cg->ib.n;
	emit(cg, JA(0));
	patch_here(cg, jelse);
	cg_expr(cg, n->right);
	vmove_top(cg, res);
	if (cg->vs[cg->nvs - 1].strsz > sz)
		cg->vs[cg->nvs - 1].strsz = sz;
	cg->vs[cg->nvs - 1].mayzero |= mayzero;
	patch_here(cg, jend);
}

/* Apply a binary arithmetic operator: lr = lr op rr, as type t. */
static void
emit_arith(dt_cg_t *cg, dt_op_t op, dt_type_t t, int lr, int rr)
{
	switch (op) {
	case DT_OP_ADD: emit(cg, ALU64_REG(BPF_ADD, lr, rr)); break;
	case DT_OP_SUB: emit(cg, ALU64_REG(BPF_SUB, lr, rr)); break;
	case DT_OP_MUL: emit(cg, ALU64_REG(BPF_MUL, lr, rr)); break;
	case DT_OP_BAND: emit(cg, ALU64_REG(BPF_AND, lr, rr)); break;
	case DT_OP_BOR: emit(cg, ALU64_REG(BPF_OR, lr, rr)); break;
	case DT_OP_BXOR: emit(cg, ALU64_REG(BPF_XOR, lr, rr)); break;
	case DT_OP_SHL: emit(cg, ALU64_REG(BPF_LSH, lr, rr)); break;
	case DT_OP_SHR: emit(cg, ALU64_REG(t.sign ? BPF_ARSH : BPF_RSH, lr, rr)); break;
	case DT_OP_DIV:
	case DT_OP_MOD: {
		size_t j = cg->ib.n;

		emit(cg, JMP_IMM(BPF_JNE, rr, 0, 0));
		emit_fault(cg, DT_FAULT_DIVZERO, -1);
		patch_here(cg, j);
		if (t.sign)
			emit(cg, op == DT_OP_DIV ? SDIV64_REG(lr, rr) : SMOD64_REG(lr, rr));
		else
			emit(cg, ALU64_REG(op == DT_OP_DIV ? BPF_DIV : BPF_MOD, lr, rr));
		break;
	}
	default:
		break;
	}
	emit_normalize(cg, lr, t);
}

/* Pointer arithmetic (scaled by the pointed-to size) and pointer comparisons. */
static void
cg_ptr_binary(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *p = n->left->type.kind == DT_TK_PTR ? n->left : n->right;
	uint32_t esz = dt_type_deref(cg->dtp, p->type).size;
	int lr, rr;

	if (esz == 0)
		esz = 1;
	cg_expr(cg, n->left);
	cg_expr(cg, n->right);
	if (cg->failed)
		return;
	rr = vreg(cg, 0);
	lr = vreg(cg, 1);
	if (n->op >= DT_OP_LT && n->op <= DT_OP_NE) {
		emit_setcc(cg, jmp_op(n->op, false), lr, rr, false, 0);
	} else if (n->left->type.kind == DT_TK_PTR && n->right->type.kind == DT_TK_PTR) {
		emit(cg, ALU64_REG(BPF_SUB, lr, rr));
		if (esz > 1)
			emit(cg, SDIV64_IMM(lr, (int32_t)esz));
	} else {
		int ir = p == n->left ? rr : lr;

		if (esz > 1)
			emit(cg, ALU64_IMM(BPF_MUL, ir, (int32_t)esz));
		emit(cg, ALU64_REG(n->op == DT_OP_ADD ? BPF_ADD : BPF_SUB, lr, rr));
	}
	vpop(cg);
}

static void
cg_binary(dt_cg_t *cg, dt_node_t *n)
{
	int lr, rr;
	dt_type_t t;

	switch (n->op) {
	case DT_OP_COMMA:
		cg_expr(cg, n->left);
		if (n->left->type.kind != DT_TK_VOID)
			vpop(cg);
		cg_expr(cg, n->right);
		return;
	case DT_OP_LAND:
	case DT_OP_LOR:
	case DT_OP_LXOR:
		cg_logical(cg, n);
		return;
	default:
		break;
	}
	if (n->left->type.kind == DT_TK_STRING || n->right->type.kind == DT_TK_STRING) {
		cg_strcmp(cg, n);
		return;
	}
	if (n->left->type.kind == DT_TK_PTR || n->right->type.kind == DT_TK_PTR) {
		cg_ptr_binary(cg, n);
		return;
	}
	t = n->op == DT_OP_SHL || n->op == DT_OP_SHR ? n->type
						      : dt_arith_type(n->left->type, n->right->type);
	cg_expr(cg, n->left);
	cg_expr(cg, n->right);
	if (cg->failed)
		return;
	rr = vreg(cg, 0);
	lr = vreg(cg, 1);
	/* operands convert to the common type first (C's usual conversions) */
	if (!dt_type_same(n->left->type, t))
		emit_normalize(cg, lr, t);
	if (n->op != DT_OP_SHL && n->op != DT_OP_SHR && !dt_type_same(n->right->type, t))
		emit_normalize(cg, rr, t);
	if (n->op >= DT_OP_LT && n->op <= DT_OP_NE)
		emit_setcc(cg, jmp_op(n->op, t.sign), lr, rr, false, 0);
	else
		emit_arith(cg, n->op, n->type, lr, rr);
	vpop(cg);
}

/* ---- memory: variables, members, elements, pointers --------------- */

static bool
is_aggr(dt_type_t t)
{
	return t.kind == DT_TK_STRUCT || t.kind == DT_TK_UNION || t.kind == DT_TK_ARRAY;
}

static int
bpf_size(uint32_t n)
{
	return n == 1 ? BPF_B : n == 2 ? BPF_H : n == 4 ? BPF_W : BPF_DW;
}

/* Bytes to load for a scalar, bit-fields included (bitoff: within the first byte). */
static uint32_t
load_size(dt_type_t t, uint32_t bitoff)
{
	uint32_t n;

	if (!t.bits)
		return t.kind == DT_TK_INT ? t.size : 8;
	n = (bitoff + t.bits + 7) / 8;
	return n <= 1 ? 1 : n <= 2 ? 2 : n <= 4 ? 4 : 8;
}

/* Jump to the fault path with 'type' when r0 (a helper's result) is not 0. */
static void
emit_check_r0(dt_cg_t *cg, int type, int addr_reg)
{
	size_t j = cg->ib.n;

	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	emit_fault(cg, type, addr_reg);
	patch_here(cg, j);
}

/* Replace the address on top of the value stack with the scalar stored there. */
static void
cg_load(dt_cg_t *cg, dt_type_t t, uint32_t bitoff)
{
	int r = vreg(cg, 0);
	uint32_t size = load_size(t, bitoff);

	if (cg->vs[cg->nvs - 1].mem == MEM_KERNEL) {
		/*
		 * DTrace's loads fault on a misaligned address, on every
		 * architecture; bit-fields are read as the bytes that hold them.
		 */
		if (!t.bits && size > 1) {
			size_t j;

			emit(cg, MOV64_REG(BPF_REG_1, r));
			emit(cg, ALU64_IMM(BPF_AND, BPF_REG_1, (int32_t)size - 1));
			j = cg->ib.n;
			emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 0));
			emit_fault(cg, DT_FAULT_BADALIGN, r);
			patch_here(cg, j);
		}
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_10));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, CG_TMP));
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size));
		emit(cg, MOV64_REG(BPF_REG_3, r));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
		emit_check_r0(cg, DT_FAULT_BADADDR, r);
		emit(cg, LDX_MEM(bpf_size(size), r, BPF_REG_10, CG_TMP));
	} else {
		emit(cg, LDX_MEM(bpf_size(size), r, r, 0));
	}
	cg->vs[cg->nvs - 1].mem = MEM_NONE;
	if (t.bits) {
		if (bitoff)
			emit(cg, ALU64_IMM(BPF_RSH, r, (int32_t)bitoff));
		emit(cg, ALU64_IMM(BPF_LSH, r, 64 - t.bits));
		emit(cg, ALU64_IMM(t.sign ? BPF_ARSH : BPF_RSH, r, 64 - t.bits));
		return;
	}
	emit_normalize(cg, r, t);
}

/*
 * Variables (and associative array elements) keep scalars in 8-byte
 * slots, already normalized to their type.
 */
static bool
is_var_slot(const dt_node_t *n)
{
	return n->kind == DT_N_IDENT || (n->kind == DT_N_INDEX && n->ident != NULL);
}

static void emit_count_drop(dt_cg_t *cg, int kind);

/* r0 = the value of the key at koff in the buffer, in map 'role' (or NULL). */
static void
emit_map_lookup(dt_cg_t *cg, int role, uint32_t koff)
{
	emit_map_fd(cg, BPF_REG_1, role);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, (int32_t)koff));
	emit(cg, CALL_HELPER(BPF_FUNC_map_lookup_elem));
}

/*
 * r0 = the value of the key at koff in map 'role', making the element
 * (zero-filled, with the update flags given) when it is not there.  *found
 * and *made are the jumps taken with r0 set, to be patched to where the
 * caller uses it; falling through, the map had no room (r0 is NULL).
 */
static void
emit_lookup_or_create(dt_cg_t *cg, int role, uint32_t koff, int flags, size_t *found,
		      size_t *made)
{
	emit_map_lookup(cg, role, koff);
	*found = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_0, 0, 0));
	emit_map_fd(cg, BPF_REG_1, role);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, (int32_t)koff));
	emit_map_value(cg, BPF_REG_3, DT_MAP_ZERO, 0);
	emit(cg, MOV64_IMM(BPF_REG_4, flags));
	emit(cg, CALL_HELPER(BPF_FUNC_map_update_elem));
	emit_map_lookup(cg, role, koff);
	*made = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_0, 0, 0));
}

/* The map role of an associative array. */
#define ASSOC_ROLE(idp) (DT_MAP_ASSOC + (int)(idp)->offset)

/* Bytes of zeros programs may read (the DT_MAP_ZERO map is at least this big). */
static void
need_zeros(dt_cg_t *cg, uint32_t size)
{
	if (size > cg->dtp->zero_size)
		cg->dtp->zero_size = size;
}

/*
 * One part of a map key, built in the buffer at koff + *pos: an integer as
 * 8 bytes, a string as strsize bytes, zero padded so that equal strings
 * are equal keys.
 */
static int
cg_key_part(dt_cg_t *cg, dt_node_t *a, uint32_t strw, uint32_t koff, uint32_t *pos)
{
	uint32_t strsize = strw;
	bool str = strw != 0;
	int r;

	/*
	 * execname: the kernel writes the 16-byte, NUL-padded comm straight
	 * into the key (what the generic path would copy it to after a
	 * temporary), and the rest of a wider part is cleared.
	 */
	if (str && strsize >= 16 && strsize <= 64 && a->kind == DT_N_IDENT && a->ident == NULL &&
	    a->value == DT_BI_EXECNAME) {
		for (uint32_t o = 16; o < strsize; o += 8)
			emit(cg, ST_MEM(BPF_DW, BPF_REG_9, (int16_t)(koff + *pos + o), 0));
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)(koff + *pos)));
		emit(cg, MOV64_IMM(BPF_REG_2, 16));
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_comm));
		*pos += strsize;
		return 0;
	}
	cg_expr(cg, a);
	if (cg->failed)
		return -1;
	r = vreg(cg, 0);
	if (str) {
		if (strsize <= 64) {
			/* a narrow part is cleared by stores, not a helper call */
			for (uint32_t o = 0; o < strsize; o += 8)
				emit(cg, ST_MEM(BPF_DW, BPF_REG_9, (int16_t)(koff + *pos + o), 0));
		} else {
			need_zeros(cg, strsize);
			emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
			emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)(koff + *pos)));
			emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)strsize));
			emit_map_value(cg, BPF_REG_3, DT_MAP_ZERO, 0);
			emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
		}
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)(koff + *pos)));
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)strsize));
		emit(cg, MOV64_REG(BPF_REG_3, r));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel_str));
		*pos += strsize;
	} else {
		emit(cg, STX_MEM(BPF_DW, BPF_REG_9, r, (int16_t)(koff + *pos)));
		*pos += 8;
	}
	vpop(cg);
	return 0;
}

/*
 * The address of an associative array element.  The key is built in the
 * per-CPU buffer: integers as 8 bytes, strings as strsize bytes, zero
 * padded so that equal strings are equal keys.  An element that is not
 * there reads as zeros (the zero map); one that is stored to is created
 * first.  The key's place is kept in cg->keyoff for the delete that
 * follows a store of zero.
 */
static void
cg_assoc_addr(dt_cg_t *cg, dt_node_t *n, bool write)
{
	dtrace_hdl_t *dtp = cg->dtp;
	dt_ident_t *idp = n->ident;
	uint32_t koff, pos = 0, vsize = dt_ident_storage(dtp, idp->type);
	dt_tlist_t *k;
	size_t j, j2;
	int r;

	koff = buf_temp(cg, dt_ident_keysize(dtp, idp));
	need_zeros(cg, vsize);
	if (idp->kind == DT_IDK_TLS) {
		/*
		 * A self-> array is one map for all threads, its keys led by
		 * the thread's id; when a thread that made elements exits,
		 * dt_selfarr.c's program removes them (a thread id is reused
		 * only after its thread is gone).  Stores mark the thread.
		 */
		emit(cg, CALL_HELPER(BPF_FUNC_get_current_pid_tgid));
		emit(cg, MOV32_REG(BPF_REG_0, BPF_REG_0));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_0, (int16_t)koff));
		pos = 8;
		if (write) {
			emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_TLSP));
			emit(cg, ST_MEM(BPF_DW, BPF_REG_1, (int16_t)dtp->tls_arrays_off, 1));
		}
	}
	k = idp->keys;
	for (dt_node_t *a = n->args; a; a = a->next, k = k->next)
		if (cg_key_part(cg, a, k->type.kind == DT_TK_STRING ? (uint32_t)dtp->strsize : 0,
				koff, &pos) != 0)
			return;
	if (write) {
		emit_lookup_or_create(cg, ASSOC_ROLE(idp), koff, BPF_ANY, &j, &j2);
		/* no room: a drop, as in DTrace; the store goes to scratch space */
		emit_count_drop(cg, DT_DROP_DYNVAR);
		emit(cg, MOV64_REG(BPF_REG_0, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_0, (int32_t)buf_temp(cg, vsize)));
	} else {
		emit_map_lookup(cg, ASSOC_ROLE(idp), koff);
		j = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JNE, BPF_REG_0, 0, 0));
		emit_map_value(cg, BPF_REG_0, DT_MAP_ZERO, 0);
		j2 = cg->ib.n;
		emit(cg, JA(0));
	}
	patch_here(cg, j);
	patch_here(cg, j2);
	r = vpush(cg, 0);
	emit(cg, MOV64_REG(r, BPF_REG_0));
	cg->vs[cg->nvs - 1].mem = MEM_BPF;
	cg->keyoff = koff;
}

/* Count a drop of one kind (DT_DROP_*) on this CPU. */
static void
emit_count_drop(dt_cg_t *cg, int kind)
{
	size_t j;

	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_TMP, kind));
	emit_map_fd(cg, BPF_REG_1, DT_MAP_DROPS);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_10));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_TMP));
	emit(cg, CALL_HELPER(BPF_FUNC_map_lookup_elem));
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 0));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
	patch_here(cg, j);
}

/* After a store of vr to an associative array element: zero deletes it. */
static void
emit_assoc_delete(dt_cg_t *cg, dt_node_t *target, int vr)
{
	size_t j;

	if (target->kind != DT_N_INDEX || target->ident == NULL ||
	    target->type.kind == DT_TK_STRING || is_aggr(target->type))
		return;
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, vr, 0, 0));
	emit_map_fd(cg, BPF_REG_1, ASSOC_ROLE(target->ident));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, (int32_t)cg->keyoff));
	emit(cg, CALL_HELPER(BPF_FUNC_map_delete_elem));
	patch_here(cg, j);
}

/* Push the address of a variable, member, element or pointer target. */
static void
cg_addr(dt_cg_t *cg, dt_node_t *n)
{
	bool write = cg->write;
	int r, ri;

	cg->write = false;
	if (n->kind == DT_N_INDEX && n->ident != NULL) {
		cg_assoc_addr(cg, n, write);
		return;
	}

	switch (n->kind) {
	case DT_N_IDENT: {
		dt_ident_t *idp = n->ident;

		r = vpush(cg, 0);
		if (idp->kind == DT_IDK_LOCAL) {
			cg->need_buf = true;
			emit(cg, MOV64_REG(r, BPF_REG_9));
			emit(cg, ALU64_IMM(BPF_ADD, r, (int32_t)(LOCAL_BASE + idp->offset)));
		} else if (idp->kind == DT_IDK_TLS) {
			emit(cg, LDX_MEM(BPF_DW, r, BPF_REG_10, CG_TLSP));
			if (idp->offset != 0)
				emit(cg, ALU64_IMM(BPF_ADD, r, (int32_t)idp->offset));
		} else {
			emit_map_value(cg, r, DT_MAP_GLOBAL, idp->offset);
		}
		cg->vs[cg->nvs - 1].mem = MEM_BPF;
		return;
	}
	case DT_N_MEMBER:
		/* a store to a member of an element stores to the element */
		cg->write = write && n->op != DT_OP_DEREF;
		cg_expr(cg, n->left);
		cg->write = false;
		if (cg->failed)
			return;
		if (n->op == DT_OP_DEREF)
			cg->vs[cg->nvs - 1].mem = MEM_KERNEL;
		if (n->value / 8 != 0)
			emit(cg, ALU64_IMM(BPF_ADD, vreg(cg, 0), (int32_t)(n->value / 8)));
		return;
	case DT_N_INDEX: {
		dt_type_t et = n->type;
		uint32_t esz = et.kind == DT_TK_STRING ? (uint32_t)cg->dtp->strsize : et.size;
		uint8_t mem;

		cg->write = write && n->left->type.kind == DT_TK_ARRAY;
		cg_expr(cg, n->left);
		cg->write = false;
		if (cg->failed)
			return;
		if (n->left->type.kind == DT_TK_PTR)
			cg->vs[cg->nvs - 1].mem = MEM_KERNEL;
		mem = cg->vs[cg->nvs - 1].mem;
		cg_expr(cg, n->args);
		if (cg->failed)
			return;
		ri = vreg(cg, 0);
		if (mem == MEM_BPF) {
			/* D's own arrays are bounds-checked (and the verifier insists) */
			size_t j = cg->ib.n;

			emit(cg, JMP_IMM(BPF_JLT, ri, (int32_t)dt_type_nelems(cg->dtp, n->left->type), 0));
			emit_fault(cg, DT_FAULT_BADADDR, -1);
			patch_here(cg, j);
		}
		if (esz != 1)
			emit(cg, ALU64_IMM(BPF_MUL, ri, (int32_t)esz));
		r = vreg(cg, 1);
		emit(cg, ALU64_REG(BPF_ADD, r, ri));
		vpop(cg);
		cg->vs[cg->nvs - 1].mem = mem;
		return;
	}
	case DT_N_UNARY:
		cg_expr(cg, n->left);
		if (!cg->failed)
			cg->vs[cg->nvs - 1].mem = MEM_KERNEL;
		return;
	default:
		cg_error(cg, n->line, D_OP_LVAL, "expression has no address");
		return;
	}
}

/* The value of a variable, member, element or *p (aggregates stay addresses). */
static void
cg_lvalue_expr(dt_cg_t *cg, dt_node_t *n)
{
	cg_addr(cg, n);
	if (cg->failed)
		return;
	if (n->type.kind == DT_TK_STRING) {
		cg->vs[cg->nvs - 1].strsz = (uint32_t)cg->dtp->strsize;
		return;
	}
	if (is_aggr(n->type)) {
		if (dt_type_isstrlike(cg->dtp, n->type))
			cg->vs[cg->nvs - 1].strsz = n->type.size;
		return;
	}
	if (is_var_slot(n)) {
		/* variables keep scalars in 8-byte slots, already normalized */
		int r = vreg(cg, 0);

		emit(cg, LDX_MEM(BPF_DW, r, r, 0));
		cg->vs[cg->nvs - 1].mem = MEM_NONE;
		return;
	}
	cg_load(cg, n->type, n->kind == DT_N_MEMBER ? (uint32_t)(n->value % 8) : 0);
}

/* Store the value vr to the address ra, as the target node's type says. */
static void
emit_store(dt_cg_t *cg, dt_node_t *target, int ra, int vr)
{
	dt_type_t t = target->type;
	uint32_t bitoff, size;

	if (is_var_slot(target)) {
		emit(cg, STX_MEM(BPF_DW, ra, vr, 0));
		return;
	}
	if (!t.bits) {
		emit(cg, STX_MEM(bpf_size(t.kind == DT_TK_INT ? t.size : 8), ra, vr, 0));
		return;
	}
	/* a bit-field: read, replace the field's bits, write back */
	bitoff = (uint32_t)(target->value % 8);
	size = load_size(t, bitoff);
	emit(cg, LDX_MEM(bpf_size(size), BPF_REG_1, ra, 0));
	emit_ld64(cg, BPF_REG_2, ~((((uint64_t)1 << t.bits) - 1) << bitoff));
	emit(cg, ALU64_REG(BPF_AND, BPF_REG_1, BPF_REG_2));
	emit(cg, MOV64_REG(BPF_REG_2, vr));
	emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_2, 64 - t.bits));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_2, 64 - t.bits - bitoff));
	emit(cg, ALU64_REG(BPF_OR, BPF_REG_1, BPF_REG_2));
	emit(cg, STX_MEM(bpf_size(size), ra, BPF_REG_1, 0));
}

/* Load the scalar at ra into dst (for compound assignment and ++/--). */
static void
emit_load_at(dt_cg_t *cg, dt_node_t *target, int dst, int ra)
{
	dt_type_t t = target->type;
	uint32_t bitoff = target->kind == DT_N_MEMBER ? (uint32_t)(target->value % 8) : 0;

	if (is_var_slot(target)) {
		emit(cg, LDX_MEM(BPF_DW, dst, ra, 0));
		return;
	}
	emit(cg, LDX_MEM(bpf_size(load_size(t, bitoff)), dst, ra, 0));
	if (t.bits) {
		if (bitoff)
			emit(cg, ALU64_IMM(BPF_RSH, dst, (int32_t)bitoff));
		emit(cg, ALU64_IMM(BPF_LSH, dst, 64 - t.bits));
		emit(cg, ALU64_IMM(t.sign ? BPF_ARSH : BPF_RSH, dst, 64 - t.bits));
	} else {
		emit_normalize(cg, dst, t);
	}
}

/* Keep a stored value as the target holds it (bit-fields wrap at their width). */
static void
emit_truncate(dt_cg_t *cg, int r, dt_type_t t)
{
	if (t.bits) {
		emit(cg, ALU64_IMM(BPF_LSH, r, 64 - t.bits));
		emit(cg, ALU64_IMM(t.sign ? BPF_ARSH : BPF_RSH, r, 64 - t.bits));
	} else {
		emit_normalize(cg, r, t);
	}
}

static void
cg_incdec(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *l = n->left;
	int d = (n->op == DT_OP_PREINC || n->op == DT_OP_POSTINC) ? 1 : -1;
	int ra, r;

	cg->effects = true;

	if (l->type.kind == DT_TK_PTR)
		d *= (int)dt_type_deref(cg->dtp, l->type).size;
	cg->write = true;
	cg_addr(cg, l);
	if (cg->failed)
		return;
	ra = vreg(cg, 0);
	r = vpush(cg, 0);
	ra = vreg(cg, 1);
	emit_load_at(cg, l, r, ra);
	if (n->op == DT_OP_POSTINC || n->op == DT_OP_POSTDEC) {
		emit(cg, MOV64_REG(BPF_REG_3, r));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, d));
		emit_truncate(cg, BPF_REG_3, l->type);
		emit(cg, MOV64_REG(BPF_REG_4, BPF_REG_3));
		emit_store(cg, l, ra, BPF_REG_4);
		emit_assoc_delete(cg, l, BPF_REG_4);
	} else {
		emit(cg, ALU64_IMM(BPF_ADD, r, d));
		emit_truncate(cg, r, l->type);
		emit_store(cg, l, ra, r);
		emit_assoc_delete(cg, l, r);
	}
	/* the result replaces the address */
	emit(cg, MOV64_REG(ra, r));
	vpop(cg);
	cg->vs[cg->nvs - 1].mem = MEM_NONE;
}

/* Copy an aggregate or string into a variable: dst <- src, 'size' bytes. */
static void
emit_copy(dt_cg_t *cg, int dst, int src, uint32_t size, bool str)
{
	emit(cg, MOV64_REG(BPF_REG_1, dst));
	emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size));
	emit(cg, MOV64_REG(BPF_REG_3, src));
	emit(cg, CALL_HELPER(str ? BPF_FUNC_probe_read_kernel_str : BPF_FUNC_probe_read_kernel));
}

static void
cg_assign(dt_cg_t *cg, dt_node_t *n)
{
	dt_node_t *l = n->left;
	dt_type_t t = l->type;
	int vr, ra;

	cg_expr(cg, n->right);
	if (cg->failed)
		return;
	cg->effects = true;
	if (t.kind == DT_TK_STRING || is_aggr(t)) {
		uint32_t size = t.kind == DT_TK_STRING ? (uint32_t)cg->dtp->strsize : t.size;

		cg->write = true;
		cg_addr(cg, l);
		if (cg->failed)
			return;
		ra = vreg(cg, 0);
		vr = vreg(cg, 1);
		emit_copy(cg, ra, vr, size, t.kind == DT_TK_STRING);
		if (t.kind != DT_TK_STRING)
			emit_check_r0(cg, DT_FAULT_BADADDR, vr);
		/* the value of the assignment is the variable */
		emit(cg, MOV64_REG(vr, ra));
		vpop(cg);
		cg->vs[cg->nvs - 1].strsz = t.kind == DT_TK_STRING ? size : 0;
		cg->vs[cg->nvs - 1].mem = MEM_BPF;
		return;
	}
	if (n->op == DT_OP_ADD || n->op == DT_OP_SUB) {
		if (t.kind == DT_TK_PTR) {
			uint32_t esz = dt_type_deref(cg->dtp, t).size;

			if (esz > 1)
				emit(cg, ALU64_IMM(BPF_MUL, vreg(cg, 0), (int32_t)esz));
		}
	}
	cg->write = true;
	cg_addr(cg, l);
	if (cg->failed)
		return;
	ra = vreg(cg, 0);
	vr = vreg(cg, 1);
	if (n->op != DT_OP_NONE) {
		emit_load_at(cg, l, BPF_REG_5, ra);
		emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_5));
		emit_arith(cg, n->op, t.kind == DT_TK_PTR ? dt_type_ulong : dt_arith_type(t, n->right->type),
			   BPF_REG_2, vr);
		emit(cg, MOV64_REG(vr, BPF_REG_2));
	}
	emit_truncate(cg, vr, t);
	emit_store(cg, l, ra, vr);
	emit_assoc_delete(cg, l, vr);
	vpop(cg);
}

/* Note where the code of a source line starts, for -S. */
static void
cg_mark_line(dt_cg_t *cg, int line)
{
	dt_clause_t *clp = cg->clp;

	if (clp->nlines > 0 && clp->lines[clp->nlines - 1].line == line)
		return;
	if (clp->nlines > 0 && clp->lines[clp->nlines - 1].insn == cg->ib.n)
		clp->nlines--;  /* the previous line made no code */
	clp->lines = dt_realloc(clp->lines, (size_t)(clp->nlines + 1) * sizeof(*clp->lines));
	clp->lines[clp->nlines].insn = (uint32_t)cg->ib.n;
	clp->lines[clp->nlines].line = line;
	clp->nlines++;
}

/* if/else statements and expression statements, in order. */
static void cg_stmt(dt_cg_t *cg, dt_node_t *e);

static void
cg_stmts(dt_cg_t *cg, dt_node_t *st, int *stmtno)
{
	for (; st && !cg->failed; st = st->next) {
		if (st->kind == DT_N_IF) {
			size_t jelse, jend;
			int r;

			cg->action = ++*stmtno;
			vflush(cg);
			cg_mark_line(cg, st->line);
			cg_expr(cg, st->cond);
			if (cg->failed)
				return;
			r = vreg(cg, 0);
			vpop(cg);
			jelse = cg->ib.n;
			emit(cg, JMP_IMM(BPF_JEQ, r, 0, 0));
			cg_stmts(cg, st->left, stmtno);
			if (st->right) {
				jend = cg->ib.n;
				emit(cg, JA(0));
				patch_here(cg, jelse);
				cg_stmts(cg, st->right, stmtno);
				patch_here(cg, jend);
			} else {
				patch_here(cg, jelse);
			}
			continue;
		}
		cg->action = ++*stmtno;
		cg_mark_line(cg, st->line);
		if (st->left)
			cg_stmt(cg, st->left);
	}
}

static bool is_mem_subr(int64_t code);
static void cg_mem_subr(dt_cg_t *cg, dt_node_t *n);

static void
cg_expr(dt_cg_t *cg, dt_node_t *n)
{
	int r;

	if (cg->failed)
		return;
	if (n->isconst && n->kind == DT_N_INT) {
		cg_int_const(cg, n->value);
		return;
	}
	switch (n->kind) {
	case DT_N_STRING:
		cg_str_const(cg, n->str);
		return;
	case DT_N_IDENT:
		if (n->ident == NULL)
			cg_builtin(cg, n);
		else
			cg_lvalue_expr(cg, n);
		return;
	case DT_N_MEMBER:
	case DT_N_INDEX:
		cg_lvalue_expr(cg, n);
		return;
	case DT_N_UNARY:
		if (n->op >= DT_OP_PREINC && n->op <= DT_OP_POSTDEC) {
			cg_incdec(cg, n);
			return;
		}
		if (n->op == DT_OP_DEREF) {
			cg_lvalue_expr(cg, n);
			return;
		}
		if (n->op == DT_OP_ADDROF) {
			cg_addr(cg, n->left);
			if (!cg->failed)
				cg->vs[cg->nvs - 1].mem = MEM_NONE;
			return;
		}
		cg_expr(cg, n->left);
		if (cg->failed)
			return;
		r = vreg(cg, 0);
		switch (n->op) {
		case DT_OP_STRINGOF:
			cg_str_to_bpf(cg, n->left->type, cg->vs[cg->nvs - 1].strsz);
			if (cg->vs[cg->nvs - 1].strsz == 0)
				cg->vs[cg->nvs - 1].strsz = (uint32_t)cg->dtp->strsize;
			return;
		case DT_OP_NEG: emit(cg, NEG64(r)); break;
		case DT_OP_BNOT: emit(cg, ALU64_IMM(BPF_XOR, r, -1)); break;
		case DT_OP_LNOT: emit_setcc(cg, BPF_JEQ, r, 0, true, 0); break;
		default: break;
		}
		emit_normalize(cg, r, n->type);
		return;
	case DT_N_BINARY:
		cg_binary(cg, n);
		return;
	case DT_N_TERNARY:
		cg_ternary(cg, n);
		return;
	case DT_N_ASSIGN:
		cg_assign(cg, n);
		return;
	case DT_N_CAST:
		cg_expr(cg, n->left);
		if (cg->failed)
			return;
		if (n->type.kind == DT_TK_VOID && n->type.id == 0)
			vpop(cg);
		else if (n->type.kind == DT_TK_INT)
			emit_normalize(cg, vreg(cg, 0), n->type);
		else if (n->type.kind == DT_TK_STRING && n->left->type.kind != DT_TK_STRING) {
			/* (string) of a char array or pointer: as stringof */
			cg_str_to_bpf(cg, n->left->type, cg->vs[cg->nvs - 1].strsz);
			if (cg->vs[cg->nvs - 1].strsz == 0)
				cg->vs[cg->nvs - 1].strsz = (uint32_t)cg->dtp->strsize;
		}
		return;
	case DT_N_CALL:
		if (is_mem_subr(n->value)) {
			cg_mem_subr(cg, n);
			return;
		}
		if (!dt_is_action(n)) {
			cg_subr(cg, n);
			return;
		}
		cg_error(cg, n->line, D_CG_EXPR, "%s %s( ) may not be called from a D expression "
			 "(D program context required)", "tracing function", n->str);
		return;
	default:
		cg_error(cg, n->line, D_UNKNOWN, "invalid expression");
		return;
	}
}

/* ---- scratch memory and the memory subroutines -------------------- */

/*
 * Allocate size (register rs, unsigned) bytes of the clause's scratch
 * memory: r0 is then their offset in the scratch map's value (8-byte
 * aligned, at most DT_SCRATCH_SIZE).  Not enough left is DTrace's
 * out-of-scratch fault.
 */
static void
emit_scratch_alloc(dt_cg_t *cg, int rs)
{
	size_t jf[3], jok;

	cg->need_scratch = true;
	cg->dtp->need_scratch = true;
	jf[0] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JGT, rs, DT_SCRATCH_SIZE, 0));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_SCRA));
	jf[1] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JGT, BPF_REG_1, DT_SCRATCH_SIZE, 0));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_1));
	emit(cg, ALU64_REG(BPF_ADD, BPF_REG_2, rs));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, 7));
	emit(cg, ALU64_IMM(BPF_AND, BPF_REG_2, -8));
	jf[2] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JGT, BPF_REG_2, DT_SCRATCH_SIZE, 0));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, CG_SCRA));
	emit(cg, MOV64_REG(BPF_REG_0, BPF_REG_1));
	jok = cg->ib.n;
	emit(cg, JA(0));
	for (int i = 0; i < 3; i++)
		patch_here(cg, jf[i]);
	emit_fault(cg, DT_FAULT_NOSCRATCH, -1);
	patch_here(cg, jok);
}

/* reg = the scratch map's value plus the offset in register off (a pointer BPF may use). */
static void
emit_scratch_ptr(dt_cg_t *cg, int reg, int off)
{
	emit(cg, LDX_MEM(BPF_DW, reg, BPF_REG_10, CG_SCRP));
	emit(cg, ALU64_REG(BPF_ADD, reg, off));
}

/* reg = the address D sees for the scratch offset in register off (a number). */
static void
emit_scratch_addr(dt_cg_t *cg, int reg, int off)
{
	if (reg != off)
		emit(cg, MOV64_REG(reg, off));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_SCRB));
	emit(cg, ALU64_REG(BPF_ADD, reg, BPF_REG_1));
}

/*
 * r1 = a pointer BPF may write for the D address in register ra, when
 * [ra, ra + rs) lies within the scratch memory this clause has allocated
 * (DTrace's rule for bcopy() and copyinto() destinations); anything else
 * is an invalid address fault naming ra.
 */
static void
emit_scratch_check(dt_cg_t *cg, int ra, int rs)
{
	size_t jf[3], jok;

	cg->need_scratch = true;
	cg->dtp->need_scratch = true;
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_SCRB));
	emit(cg, MOV64_REG(BPF_REG_2, ra));
	emit(cg, ALU64_REG(BPF_SUB, BPF_REG_2, BPF_REG_1));
	jf[0] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JGT, BPF_REG_2, DT_SCRATCH_SIZE, 0));
	jf[1] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JGT, rs, DT_SCRATCH_SIZE, 0));
	emit(cg, MOV64_REG(BPF_REG_3, BPF_REG_2));
	emit(cg, ALU64_REG(BPF_ADD, BPF_REG_3, rs));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_4, BPF_REG_10, CG_SCRA));
	jf[2] = cg->ib.n;
	emit(cg, JMP_REG(BPF_JGT, BPF_REG_3, BPF_REG_4, 0));
	emit_scratch_ptr(cg, BPF_REG_1, BPF_REG_2);
	jok = cg->ib.n;
	emit(cg, JA(0));
	for (int i = 0; i < 3; i++)
		patch_here(cg, jf[i]);
	emit_fault(cg, DT_FAULT_BADADDR, ra);
	patch_here(cg, jok);
}

/*
 * progenyof(pid): 1 when the current process or one of its ancestors (by
 * real_parent, read through the kernel's BTF layout) has that pid.  The
 * walk is a bounded loop; the slots it used are cleared at its exits so
 * that the verifier sees one state after it, whichever iteration left.
 */
static void
cg_progenyof(dt_cg_t *cg, dt_node_t *n)
{
	uint32_t parent, tgid;
	size_t loop, jnot[4], jfound, jdone;
	int r;

	if (task_offsets(cg, n->line, &parent, &tgid) != 0)
		return;
	cg_expr(cg, n->args);
	if (cg->failed)
		return;
	r = vreg(cg, 0);
	emit(cg, CALL_HELPER(BPF_FUNC_get_current_task));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, CG_TMP2));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_TMP3, 0));
	loop = cg->ib.n;
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_TMP, 0));
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_10));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, CG_TMP));
	emit(cg, MOV64_IMM(BPF_REG_2, 4));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_10, CG_TMP2));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)tgid));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	jnot[0] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_0, 0, 0));
	emit(cg, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_10, CG_TMP));
	emit(cg, MOV32_REG(BPF_REG_2, r));
	jfound = cg->ib.n;
	emit(cg, JMP_REG(BPF_JEQ, BPF_REG_1, BPF_REG_2, 0));
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_10));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, CG_TMP));
	emit(cg, MOV64_IMM(BPF_REG_2, 8));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_10, CG_TMP2));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)parent));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	jnot[1] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_0, 0, 0));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_TMP));
	jnot[2] = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 0));
	/* the idle task is its own parent */
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, CG_TMP2));
	jnot[3] = cg->ib.n;
	emit(cg, JMP_REG(BPF_JEQ, BPF_REG_1, BPF_REG_2, 0));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, CG_TMP2));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_TMP3));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, CG_TMP3));
	emit(cg, JMP_IMM(BPF_JLT, BPF_REG_1, DT_PROGENY_DEPTH,
			 (int16_t)((int64_t)loop - (int64_t)cg->ib.n - 1)));
	for (int i = 0; i < 4; i++)
		patch_here(cg, jnot[i]);
	emit(cg, MOV64_IMM(r, 0));
	jdone = cg->ib.n;
	emit(cg, JA(0));
	patch_here(cg, jfound);
	emit(cg, MOV64_IMM(r, 1));
	patch_here(cg, jdone);
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_TMP, 0));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_TMP2, 0));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_TMP3, 0));
}

static bool
is_mem_subr(int64_t code)
{
	switch (code) {
	case DT_SUB_ALLOCA:
	case DT_SUB_BCOPY:
	case DT_SUB_COPYIN:
	case DT_SUB_COPYINTO:
	case DT_SUB_RAND:
	case DT_SUB_PROGENYOF:
		return true;
	default:
		return false;
	}
}

/*
 * alloca(size): zeroed scratch memory, as DTrace gives it.  copyin(addr,
 * size): the user bytes at addr, in new scratch memory.  copyinto(addr,
 * size, dest) and bcopy(src, dest, size): into scratch memory already
 * allocated.  The addresses D sees are numbers (reads through them go by
 * bpf_probe_read_kernel, as for any kernel pointer); writes are checked to
 * fall within the clause's scratch memory.  rand(): the kernel's
 * pseudo-random 32 bits, as an int.
 */
static void
cg_mem_subr(dt_cg_t *cg, dt_node_t *n)
{
	int nargs = 0, r0, r1, r2;

	if (n->value == DT_SUB_PROGENYOF) {
		cg_progenyof(cg, n);
		return;
	}
	if (n->value == DT_SUB_RAND) {
		emit(cg, CALL_HELPER(BPF_FUNC_get_prandom_u32));
		r0 = vpush(cg, 0);
		emit(cg, MOV64_REG(r0, BPF_REG_0));
		emit_normalize(cg, r0, dt_type_int);
		return;
	}
	for (dt_node_t *a = n->args; a; a = a->next, nargs++) {
		cg_expr(cg, a);
		if (cg->failed)
			return;
	}
	r0 = vreg(cg, 0);
	r1 = nargs > 1 ? vreg(cg, 1) : -1;
	r2 = nargs > 2 ? vreg(cg, 2) : -1;
	switch (n->value) {
	case DT_SUB_ALLOCA:
		emit_scratch_alloc(cg, r0);
		emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, CG_TMP2));
		need_zeros(cg, DT_SCRATCH_SIZE);
		emit_scratch_ptr(cg, BPF_REG_1, BPF_REG_0);
		emit(cg, MOV64_REG(BPF_REG_2, r0));
		emit_map_value(cg, BPF_REG_3, DT_MAP_ZERO, 0);
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
		emit(cg, LDX_MEM(BPF_DW, r0, BPF_REG_10, CG_TMP2));
		emit_scratch_addr(cg, r0, r0);
		break;
	case DT_SUB_COPYIN:
		/* r1: the user address, r0: the size */
		emit_scratch_alloc(cg, r0);
		emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, CG_TMP2));
		emit_scratch_ptr(cg, BPF_REG_1, BPF_REG_0);
		emit(cg, MOV64_REG(BPF_REG_2, r0));
		emit(cg, MOV64_REG(BPF_REG_3, r1));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_user));
		emit_check_r0(cg, DT_FAULT_BADADDR, r1);
		emit(cg, LDX_MEM(BPF_DW, r1, BPF_REG_10, CG_TMP2));
		emit_scratch_addr(cg, r1, r1);
		vpop(cg);
		break;
	case DT_SUB_COPYINTO:
	case DT_SUB_BCOPY: {
		/*
		 * r2 is the source either way; copyinto(src, size, dest) reads
		 * user memory, bcopy(src, dest, size) kernel memory.
		 */
		bool user = n->value == DT_SUB_COPYINTO;
		int dst = user ? r0 : r1, len = user ? r1 : r0;

		emit_scratch_check(cg, dst, len);
		emit(cg, MOV64_REG(BPF_REG_2, len));
		emit(cg, MOV64_REG(BPF_REG_3, r2));
		emit(cg, CALL_HELPER(user ? BPF_FUNC_probe_read_user : BPF_FUNC_probe_read_kernel));
		emit_check_r0(cg, DT_FAULT_BADADDR, r2);
		vpop(cg);
		vpop(cg);
		vpop(cg);
		break;
	}
	}
}

/* ---- actions ------------------------------------------------------ */

static dt_actdesc_t *new_action(dt_cg_t *cg, dt_func_t kind, int line, int ndata);
static void cg_record(dt_cg_t *cg, dt_node_t *e, dt_datum_t *d);
static void cg_spec_action(dt_cg_t *cg, dt_node_t *call);
static size_t emit_record_output(dt_cg_t *cg);

/*
 * printa(), trunc() and clear() act on the aggregations in user space when
 * the consumer reaches the clause's record, as in DTrace; the record holds
 * only trunc()'s count.  printa()'s format is checked against the first
 * aggregation's keys: fewer conversions than keys is allowed.
 */
static void
cg_aggaction(dt_cg_t *cg, dt_node_t *call, int argc)
{
	dt_func_t kind = (dt_func_t)call->value;
	dt_node_t *a = call->args;
	bool counted = (kind == DT_ACT_TRUNC || kind == DT_ACT_NORMALIZE) && argc == 2;
	dt_actdesc_t *ap = new_action(cg, kind, call->line, counted);
	char err[512];

	if (kind == DT_ACT_PRINTA && a->kind == DT_N_STRING) {
		ap->pfv = dt_printf_parse("printa", a->str, err, sizeof(err));
		if (ap->pfv == NULL) {
			cg_error(cg, call->line, D_SYNTAX, "%s", err);
			return;
		}
		dt_printf_bind(ap->pfv, cg->dtp, dt_ksym_addr2str);
		a = a->next;
	}
	ap->aggs = dt_zalloc((size_t)argc * sizeof(*ap->aggs));
	for (; a && a->kind == DT_N_AGG; a = a->next)
		ap->aggs[ap->naggs++] = a->agg;
	if (ap->pfv != NULL) {
		const dt_aggdesc_t *first = ap->aggs[0];
		dt_errtag_t tag = D_PRINTF_ARG_TYPE;

		if (first == NULL) {
			cg_error(cg, call->line, D_PRINTA_PROTO, "printa( ) prototype mismatch: 1 args "
				 "passed, 2 expected");
			return;
		}
		if (dt_printf_check(ap->pfv, first->keys, NULL, first->nkeys, &tag, err, sizeof(err)) != 0) {
			cg_error(cg, call->line, tag, "%s", err);
			return;
		}
	}
	if (counted)
		cg_record(cg, call->args->next, &ap->data[0]);
}

static dt_actdesc_t *
new_action(dt_cg_t *cg, dt_func_t kind, int line, int ndata)
{
	dt_actdesc_t *ap = dt_zalloc(sizeof(*ap));

	ap->kind = kind;
	ap->line = line;
	ap->index = cg->nacts++;
	if (cg->clp->actmask) {
		if (ap->index >= 64) {
			cg_error(cg, line, D_NOT_SUPPORTED,
				 "a clause with if statements may hold at most 64 actions");
		} else {
			/* this action ran: set its bit in the record's mask */
			emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_9, cg->maskoff));
			emit_ld64(cg, BPF_REG_2, 1ull << ap->index);
			emit(cg, ALU64_REG(BPF_OR, BPF_REG_1, BPF_REG_2));
			emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_1, cg->maskoff));
		}
	}
	ap->ndata = ndata;
	ap->data = dt_zalloc((size_t)(ndata ? ndata : 1) * sizeof(dt_datum_t));
	*cg->act_tail = ap;
	cg->act_tail = &ap->next;
	cg->clp->records = true;
	cg->need_buf = true;
	return ap;
}

/*
 * A struct, union or array is recorded whole: its bytes are copied into
 * the record (from kernel memory or from D's own storage), for the
 * consumer to show as trace( ) or print( ) does.
 */
static void
cg_record_bytes(dt_cg_t *cg, dt_datum_t *d, int r)
{
	uint32_t off = 8 + cg->recoff, size = d->type.size;

	d->offset = cg->recoff;
	d->size = size;
	if (size == 0)
		return;
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
	emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size));
	emit(cg, MOV64_REG(BPF_REG_3, r));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	emit_check_r0(cg, DT_FAULT_BADADDR, r);
	cg->recoff += (size + 7) & ~7u;
}

/*
 * Evaluate e into the record (or note it as a constant).  'typed' keeps
 * the value's own type for print( ): a char array stays an array.
 */
static void
cg_record_value(dt_cg_t *cg, dt_node_t *e, dt_datum_t *d, bool typed)
{
	uint32_t off = 8 + cg->recoff;
	int r;

	d->type = e->type;
	if (!typed && e->type.kind != DT_TK_STRING && dt_type_isstrlike(cg->dtp, e->type) &&
	    e->type.kind == DT_TK_ARRAY)
		d->type = dt_type_string;
	if (d->type.kind == DT_TK_FLOAT || d->type.kind == DT_TK_FUNC ||
	    (is_aggr(d->type) && d->type.incomplete)) {
		char b[128];

		/* only trace( ) and print( ) record values that are not checked before */
		cg_error(cg, e->line, D_PROTO_ARG, "%s( ) argument #1 is incompatible with "
			 "prototype:\n\tprototype: scalar or string\n\t argument: %s",
			 typed ? "print" : "trace", dt_type_name(cg->dtp, e->type, b, sizeof(b)));
		return;
	}
	if (!typed && d->type.kind == DT_TK_PTR)
		d->type = dt_type_ulong;
	if (!typed && d->type.kind == DT_TK_INT && d->type.id != 0)
		d->type.id = 0;
	if (e->isconst && (e->kind == DT_N_INT || e->kind == DT_N_STRING)) {
		d->isconst = true;
		d->value = e->value;
		d->str = e->kind == DT_N_STRING ? e->str : NULL;
		return;
	}
	cg_expr(cg, e);
	if (cg->failed)
		return;
	if (d->type.kind == DT_TK_STRING)
		emit_null_fault_top(cg);
	r = vreg(cg, 0);
	d->offset = cg->recoff;
	if (is_aggr(d->type)) {
		cg_record_bytes(cg, d, r);
	} else if (d->type.kind == DT_TK_STRING) {
		uint32_t n = cg->vs[cg->nvs - 1].strsz;

		if (n == 0 || n > cg->dtp->strsize)
			n = (uint32_t)cg->dtp->strsize;
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)n));
		emit(cg, MOV64_REG(BPF_REG_3, r));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel_str));
		d->size = n;
		cg->recoff += (n + 7) & ~7u;
	} else {
		emit(cg, STX_MEM(BPF_DW, BPF_REG_9, r, (int16_t)off));
		d->size = d->type.kind == DT_TK_INT ? d->type.size : 8;
		cg->recoff += 8;
	}
	vpop(cg);
}

/*
 * tracemem(addr, size [, dsize]): size bytes of kernel memory at addr into
 * the record (a bad address is a fault), then dsize, the bytes to show.
 */
static void
cg_tracemem(dt_cg_t *cg, dt_node_t *call)
{
	dt_node_t *size = call->args->next, *dsize = size->next;
	dt_actdesc_t *ap = new_action(cg, DT_ACT_TRACEMEM, call->line, dsize ? 2 : 1);
	uint32_t off = 8 + cg->recoff;
	int r;

	if (size->value > DT_BUF_SIZE) {
		cg_error(cg, call->line, D_UNKNOWN, "clause data exceeds the %u-byte record buffer",
			 DT_BUF_SIZE);
		return;
	}
	cg_expr(cg, call->args);
	if (cg->failed)
		return;
	r = vreg(cg, 0);
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, (int32_t)off));
	emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)size->value));
	emit(cg, MOV64_REG(BPF_REG_3, r));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	emit_check_r0(cg, DT_FAULT_BADADDR, r);
	vpop(cg);
	ap->data[0].type = dt_type_void;
	ap->data[0].offset = cg->recoff;
	ap->data[0].size = (uint32_t)size->value;
	cg->recoff += ((uint32_t)size->value + 7) & ~7u;
	if (dsize)
		cg_record(cg, dsize, &ap->data[1]);
}

/*
 * The kernel stack, as bpf_get_stack() gives it, into nframes * 8 bytes
 * at off in the buffer: the kernel zero-fills what it has no frames for
 * (and all of it on failure), and a zero frame ends the stack when it is
 * printed.  The flags (frames of the probe machinery to skip) depend on
 * the program the clause is linked into: the linker sets them in the
 * "r4 = 0" before the call (dt_link.c).
 */
static void
emit_get_stack(dt_cg_t *cg, uint32_t off, uint32_t size)
{
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_9));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, (int32_t)off));
	emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)size));
	emit(cg, MOV64_IMM(BPF_REG_4, 0));
	emit(cg, CALL_HELPER(BPF_FUNC_get_stack));
}

/* stack(), func()/sym(), mod(): the frames or the address go into the record. */
static void
cg_stackfunc(dt_cg_t *cg, dt_node_t *call)
{
	dt_actdesc_t *ap = new_action(cg, (dt_func_t)call->value, call->line, 1);
	dt_datum_t *d = &ap->data[0];

	if (call->ctype.kind == DT_TK_STACK) {
		/* one frame more than the depth: see dt_ksym_stack_canon() */
		d->type = call->ctype;
		d->offset = cg->recoff;
		d->size = call->ctype.size + 8;
		emit_get_stack(cg, 8 + cg->recoff, d->size);
		cg->recoff += d->size;
		return;
	}
	cg_record(cg, call->args, d);
	d->type = call->ctype;
	d->size = 8;
}

static void
cg_record(dt_cg_t *cg, dt_node_t *e, dt_datum_t *d)
{
	cg_record_value(cg, e, d, false);
}

static void
cg_action(dt_cg_t *cg, dt_node_t *call)
{
	dt_actdesc_t *ap;
	dt_node_t *a;
	int argc = 0, i;
	char err[512];

	for (a = call->args; a; a = a->next)
		argc++;
	switch ((dt_func_t)call->value) {
	case DT_ACT_TRACE:
		ap = new_action(cg, DT_ACT_TRACE, call->line, 1);
		cg_record(cg, call->args, &ap->data[0]);
		return;
	case DT_ACT_EXIT:
		ap = new_action(cg, DT_ACT_EXIT, call->line, 1);
		cg_record(cg, call->args, &ap->data[0]);
		/* stop every other probe from recording (DTrace's draining state) */
		emit_map_value(cg, BPF_REG_1, DT_MAP_GLOBAL, 0);
		emit(cg, ST_MEM(BPF_DW, BPF_REG_1, 0, 1));
		cg->clp->exits = true;
		cg->effects = true;
		return;
	case DT_ACT_PRINTF: {
		dt_type_t *types = dt_zalloc((size_t)argc * sizeof(dt_type_t));
		char (*tnbuf)[128] = dt_zalloc((size_t)argc * sizeof(*tnbuf));
		const char **tnames = dt_zalloc((size_t)argc * sizeof(*tnames));
		dt_errtag_t tag = D_PRINTF_ARG_TYPE;

		ap = new_action(cg, DT_ACT_PRINTF, call->line, argc - 1);
		ap->pfv = dt_printf_parse("printf", call->args->str, err, sizeof(err));
		if (ap->pfv == NULL) {
			free(types);
			free(tnbuf);
			free(tnames);
			/* DTrace reports bad formats as syntax errors */
			cg_error(cg, call->line, D_SYNTAX, "%s", err);
			return;
		}
		dt_printf_bind(ap->pfv, cg->dtp, dt_ksym_addr2str);
		for (a = call->args->next, i = 0; a; a = a->next, i++) {
			/* the messages name the arguments' own types */
			tnames[i] = dt_type_name(cg->dtp, a->type, tnbuf[i], sizeof(tnbuf[i]));
			types[i] = a->type;
			/* char arrays print as strings; pointers as unsigned longs */
			if (a->type.kind == DT_TK_ARRAY && dt_type_isstrlike(cg->dtp, a->type))
				types[i] = dt_type_string;
			else if (a->type.kind == DT_TK_PTR)
				types[i] = dt_type_ulong;
			else if (a->type.kind == DT_TK_INT)
				types[i].id = 0;
		}
		if (dt_printf_check(ap->pfv, types, (const char *const *)tnames, argc - 1, &tag,
				    err, sizeof(err)) != 0) {
			free(types);
			free(tnbuf);
			free(tnames);
			cg_error(cg, call->line, tag, "%s", err);
			return;
		}
		free(types);
		free(tnbuf);
		free(tnames);
		for (a = call->args->next, i = 0; a; a = a->next, i++)
			cg_record(cg, a, &ap->data[i]);
		return;
	}
	case DT_ACT_SETOPT:
		ap = new_action(cg, DT_ACT_SETOPT, call->line, argc);
		for (a = call->args, i = 0; a; a = a->next, i++)
			cg_record(cg, a, &ap->data[i]);
		return;
	case DT_ACT_PRINT:
		ap = new_action(cg, DT_ACT_PRINT, call->line, 1);
		dt_print_prepare(cg->dtp, call->args->type);
		cg_record_value(cg, call->args, &ap->data[0], true);
		return;
	case DT_ACT_PRINTA:
	case DT_ACT_TRUNC:
	case DT_ACT_CLEAR:
	case DT_ACT_NORMALIZE:
	case DT_ACT_DENORMALIZE:
		cg_aggaction(cg, call, argc);
		return;
	case DT_ACT_SPECULATE:
	case DT_ACT_COMMIT:
	case DT_ACT_DISCARD:
		new_action(cg, (dt_func_t)call->value, call->line, 0);
		cg_spec_action(cg, call);
		return;
	case DT_ACT_TRACEMEM:
		cg_tracemem(cg, call);
		return;
	case DT_ACT_STACK:
	case DT_ACT_SYM:
	case DT_ACT_MOD:
		cg_stackfunc(cg, call);
		return;
	}
}

/* floor(log2(r)) of an unsigned r in register r, into register dst (r is clobbered). */
static void
emit_log2(dt_cg_t *cg, int dst, int r, int tmp)
{
	emit(cg, MOV64_IMM(dst, 0));
	for (int k = 32; k >= 1; k /= 2) {
		emit(cg, MOV64_REG(tmp, r));
		emit(cg, ALU64_IMM(BPF_RSH, tmp, k));
		emit(cg, JMP_IMM(BPF_JEQ, tmp, 0, 2));
		emit(cg, ALU64_IMM(BPF_ADD, dst, k));
		emit(cg, MOV64_REG(r, tmp));
	}
}

/*
 * @name[keys] = func(value): find this CPU's slot for the key (making it,
 * zero-filled, the first time), then update it in place.  No room for a
 * new key is an aggregation drop on this CPU.
 */
static void
cg_aggregate(dt_cg_t *cg, dt_node_t *n)
{
	dt_aggdesc_t *ap = n->agg;
	/* no keys: the key is a 0 on the stack, and no zeros are needed to create it */
	uint32_t koff = ap->nkeys ? buf_temp(cg, ap->ksize) : 0, pos = 0;
	int role = DT_MAP_AGG + ap->id, rv = -1, i = 0;
	size_t j1, j2, j3, jdone;

	cg->effects = true;

	if (ap->nkeys > 0)
		need_zeros(cg, ap->nwords * 8);
	ap->generated = true;
	for (dt_node_t *k = n->args; k; k = k->next, i++) {
		if (k->kind == DT_N_CALL && k->ctype.kind == DT_TK_STACK) {
			/*
			 * This use's depth, then its frames and one more (see
			 * dt_ksym_stack_canon()); the room deeper uses of the
			 * aggregation need stays zero.
			 */
			uint32_t room = ap->keys[i].size + 8, n = k->ctype.size + 8;

			emit(cg, ST_MEM(BPF_DW, BPF_REG_9, (int16_t)(koff + pos), (int32_t)(k->ctype.size / 8)));
			emit_get_stack(cg, koff + pos + 8, n);
			for (uint32_t o = n; o < room; o += 8)
				emit(cg, ST_MEM(BPF_DW, BPF_REG_9, (int16_t)(koff + pos + 8 + o), 0));
			pos += 8 + room;
			continue;
		}
		if (k->kind == DT_N_CALL && (k->ctype.kind == DT_TK_SYMADDR ||
					     k->ctype.kind == DT_TK_MODADDR)) {
			/* the address; the consumer groups addresses by symbol or module */
			if (cg_key_part(cg, k->args, 0, koff, &pos) != 0)
				return;
			continue;
		}
		if (cg_key_part(cg, k, ap->keys[i].kind == DT_TK_STRING ?
				(ap->keys[i].size ? ap->keys[i].size : (uint32_t)cg->dtp->strsize) : 0,
				koff, &pos) != 0)
			return;
	}
	if (n->right->args) {
		cg_expr(cg, n->right->args);
		if (cg->failed)
			return;
		rv = vreg(cg, 0);
	}
	if (ap->nkeys == 0) {
		/* the one array slot: always there, marked as holding data */
		emit_map_fd(cg, BPF_REG_1, role);
		emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_TMP, 0));
		emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_10));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_TMP));
		emit(cg, CALL_HELPER(BPF_FUNC_map_lookup_elem));
		jdone = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
		emit(cg, ST_MEM(BPF_DW, BPF_REG_0, (int16_t)(ap->nwords * 8), 1));
	} else {
		emit_lookup_or_create(cg, role, koff, BPF_NOEXIST, &j1, &j2);
		emit_count_drop(cg, DT_DROP_AGG);
		jdone = cg->ib.n;
		emit(cg, JA(0));
		patch_here(cg, j1);
		patch_here(cg, j2);
	}
	/* r0: this CPU's words for the key */
	switch (ap->func) {
	case DT_AGG_COUNT:
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 0));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
		break;
	case DT_AGG_SUM:
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 0));
		emit(cg, ALU64_REG(BPF_ADD, BPF_REG_1, rv));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
		break;
	case DT_AGG_AVG:
	case DT_AGG_STDDEV:
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 0));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 8));
		emit(cg, ALU64_REG(BPF_ADD, BPF_REG_1, rv));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 8));
		if (ap->func == DT_AGG_AVG)
			break;
		/* the sum of squares, in 128 bits: low word, then the carry into the high one */
		emit(cg, MOV64_REG(BPF_REG_2, rv));
		emit(cg, ALU64_REG(BPF_MUL, BPF_REG_2, rv));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 16));
		emit(cg, ALU64_REG(BPF_ADD, BPF_REG_1, BPF_REG_2));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 16));
		emit(cg, JMP_REG(BPF_JGE, BPF_REG_1, BPF_REG_2, 3));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 24));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 24));
		break;
	case DT_AGG_MIN:
	case DT_AGG_MAX:
		/* the first value, or a smaller (larger) one, replaces the extreme */
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 0));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_0, 8));
		emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 1));
		emit(cg, JMP_REG(ap->func == DT_AGG_MIN ? BPF_JSGE : BPF_JSLE, rv, BPF_REG_2, 1));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, rv, 8));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
		break;
	case DT_AGG_QUANTIZE:
		/* the bucket into r3: 63 for 0, 64 + log2(v) above, 62 - log2(-v) below */
		emit(cg, MOV64_IMM(BPF_REG_3, DT_QUANTIZE_ZERO));
		emit(cg, MOV64_REG(BPF_REG_1, rv));
		j1 = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_1, 0, 0));
		j2 = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JSLT, BPF_REG_1, 0, 0));
		emit_log2(cg, BPF_REG_3, BPF_REG_1, BPF_REG_2);
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, DT_QUANTIZE_ZERO + 1));
		j3 = cg->ib.n;
		emit(cg, JA(0));
		patch_here(cg, j2);
		emit(cg, NEG64(BPF_REG_1));
		emit_log2(cg, BPF_REG_4, BPF_REG_1, BPF_REG_2);
		emit(cg, MOV64_IMM(BPF_REG_3, DT_QUANTIZE_ZERO - 1));
		emit(cg, ALU64_REG(BPF_SUB, BPF_REG_3, BPF_REG_4));
		emit(cg, JMP_IMM(BPF_JSGE, BPF_REG_3, 0, 1));
		emit(cg, MOV64_IMM(BPF_REG_3, 0));
		patch_here(cg, j1);
		patch_here(cg, j3);
		goto bucket;
	case DT_AGG_LQUANTIZE:
		/* the bucket into r3: 0 below base, nwords - 1 at limit and above */
		emit(cg, MOV64_IMM(BPF_REG_3, 0));
		emit_ld64(cg, BPF_REG_2, (uint64_t)ap->base);
		j1 = cg->ib.n;
		emit(cg, JMP_REG(BPF_JSLT, rv, BPF_REG_2, 0));
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)ap->nwords - 1));
		emit_ld64(cg, BPF_REG_2, (uint64_t)ap->limit);
		j2 = cg->ib.n;
		emit(cg, JMP_REG(BPF_JSGE, rv, BPF_REG_2, 0));
		emit(cg, MOV64_REG(BPF_REG_3, rv));
		emit_ld64(cg, BPF_REG_2, (uint64_t)ap->base);
		emit(cg, ALU64_REG(BPF_SUB, BPF_REG_3, BPF_REG_2));
		emit_ld64(cg, BPF_REG_2, (uint64_t)ap->step);
		emit(cg, ALU64_REG(BPF_DIV, BPF_REG_3, BPF_REG_2));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, 1));
		patch_here(cg, j1);
		patch_here(cg, j2);
	bucket:
		/* bounded for the verifier, then the bucket's count is incremented */
		emit(cg, JMP_IMM(BPF_JLE, BPF_REG_3, (int32_t)ap->nwords - 1, 1));
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)ap->nwords - 1));
		emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_3, 3));
		emit(cg, ALU64_REG(BPF_ADD, BPF_REG_0, BPF_REG_3));
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, 0));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, 1));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
		break;
	case DT_AGG_LLQUANTIZE: {
		/*
		 * The bucket into r3, from the constants: 0 below factor^low;
		 * within each order of magnitude [pow, next), the buckets
		 * counted so far plus (v - pow) / step; nwords - 1 above.
		 */
		int64_t factor = ap->arg[0], nsteps = ap->arg[3], pow = 1, b = 1;
		size_t jb[64];
		int njb = 0;

		for (int64_t m = 0; m < ap->arg[1]; m++)
			pow *= factor;
		emit(cg, MOV64_IMM(BPF_REG_3, 0));
		emit_ld64(cg, BPF_REG_2, (uint64_t)pow);
		jb[njb++] = cg->ib.n;
		emit(cg, JMP_REG(BPF_JSLT, rv, BPF_REG_2, 0));
		for (int64_t m = ap->arg[1]; m <= ap->arg[2] && njb < 62; m++) {
			int64_t next = pow * factor, step = next > nsteps ? next / nsteps : 1;
			size_t j;

			emit_ld64(cg, BPF_REG_2, (uint64_t)next);
			j = cg->ib.n;
			emit(cg, JMP_REG(BPF_JSGE, rv, BPF_REG_2, 0));
			emit(cg, MOV64_REG(BPF_REG_3, rv));
			emit_ld64(cg, BPF_REG_2, (uint64_t)pow);
			emit(cg, ALU64_REG(BPF_SUB, BPF_REG_3, BPF_REG_2));
			emit_ld64(cg, BPF_REG_2, (uint64_t)step);
			emit(cg, ALU64_REG(BPF_DIV, BPF_REG_3, BPF_REG_2));
			emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)b));
			jb[njb++] = cg->ib.n;
			emit(cg, JA(0));
			patch_here(cg, j);
			b += (next - pow) / step;
			pow = next;
		}
		emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)ap->nwords - 1));
		for (int i = 0; i < njb; i++)
			patch_here(cg, jb[i]);
		goto bucket;
	}
	}
	patch_here(cg, jdone);
	if (rv >= 0)
		vpop(cg);
}

static void
cg_stmt(dt_cg_t *cg, dt_node_t *e)
{
	if (e->kind == DT_N_AGG) {
		cg_aggregate(cg, e);
		return;
	}
	if (dt_is_action(e)) {
		cg_action(cg, e);
		return;
	}
	cg_expr(cg, e);
	if (!cg->failed && e->type.kind != DT_TK_VOID)
		vpop(cg);
}

/* ---- the clause --------------------------------------------------- */

/*
 * A clause that uses self-> variables finds the thread's storage once, up
 * front (creating it, zero-filled, on the thread's first use), and keeps
 * the pointer in a stack slot for every self-> access that follows.  When
 * the kernel cannot allocate it, the clause does not run.
 */
static void
cg_tls_lookup(dt_cg_t *cg)
{
	emit(cg, CALL_HELPER(BPF_FUNC_get_current_task_btf));
	emit(cg, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, DT_MAP_TLS));
	emit(cg, DT_INSN(0, 0, 0, 0, 0));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_0));
	emit(cg, MOV64_IMM(BPF_REG_3, 0));
	emit(cg, MOV64_IMM(BPF_REG_4, BPF_LOCAL_STORAGE_GET_F_CREATE));
	emit(cg, CALL_HELPER(BPF_FUNC_task_storage_get));
	emit_jump_label(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0), L_END);
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, CG_TLSP));
}

static void cg_spec_record(dt_cg_t *cg);

static void
cg_emit_record(dt_cg_t *cg)
{
	if (cg->clp->specword)
		cg_spec_record(cg);
	patch_here(cg, emit_record_output(cg));
}

/*
 * Send the record built so far: its header, then 8 + recoff bytes.  A full
 * ring buffer counts a drop on this CPU; the jump returned, to be patched
 * by the caller, is the one taken when the record went out.
 */
static size_t
emit_record_output(dt_cg_t *cg)
{
	size_t j;

	emit(cg, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_10, DCTX_EPID));
	emit(cg, STX_MEM(BPF_W, BPF_REG_9, BPF_REG_1, 0));
	emit(cg, CALL_HELPER(BPF_FUNC_get_smp_processor_id));
	emit(cg, STX_MEM(BPF_W, BPF_REG_9, BPF_REG_0, 4));
	emit_map_fd(cg, BPF_REG_1, DT_MAP_RB);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_9));
	emit(cg, MOV64_IMM(BPF_REG_3, (int32_t)(8 + cg->recoff)));
	emit(cg, MOV64_IMM(BPF_REG_4, 0));
	emit(cg, CALL_HELPER(BPF_FUNC_ringbuf_output));
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	/* the ring buffer is full: count a drop on this CPU */
	emit_count_drop(cg, DT_DROP_RECORD);
	return j;
}

/* The fault path: report (epid, action, type, address, pc) to the consumer. */
static void
cg_emit_fault_stub(dt_cg_t *cg)
{
	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_FREC, -1));
	emit(cg, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_10, DCTX_EPID));
	emit(cg, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_1, CG_FREC + 8));
	emit(cg, CALL_HELPER(BPF_FUNC_get_smp_processor_id));
	emit(cg, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_0, CG_FREC + 4));
	emit_map_fd(cg, BPF_REG_1, DT_MAP_RB);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_10));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_FREC));
	emit(cg, MOV64_IMM(BPF_REG_3, 32));
	emit(cg, MOV64_IMM(BPF_REG_4, 0));
	emit(cg, CALL_HELPER(BPF_FUNC_ringbuf_output));
}

/*
 * The defer path (see dt_impl.h): save what the retry needs in the thread's
 * DT_MAP_DEFER storage (the clause to resume from, the address space, the
 * probe context, this-> variables, and the fault record to report if the
 * retry cannot be made), count the thread as pending, and end the program:
 * the clauses after this one run at the retry, after it, in order.  With no
 * storage, it is the fault it would have been.
 */
static void
cg_emit_defer_stub(dt_cg_t *cg, size_t *to_fault)
{
	dtrace_hdl_t *dtp = cg->dtp;
	uint32_t nthis = (dtp->local_size + 7) & ~7u;
	size_t j;

	if (dtp->defer_size < DT_DEFER_THIS + nthis)
		dtp->defer_size = DT_DEFER_THIS + nthis;
	emit(cg, CALL_HELPER(BPF_FUNC_get_current_task_btf));
	emit_map_fd(cg, BPF_REG_1, DT_MAP_DEFER);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_0));
	emit(cg, MOV64_IMM(BPF_REG_3, 0));
	emit(cg, MOV64_IMM(BPF_REG_4, BPF_LOCAL_STORAGE_GET_F_CREATE));
	emit(cg, CALL_HELPER(BPF_FUNC_task_storage_get));
	*to_fault = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	emit(cg, MOV64_REG(BPF_REG_6, BPF_REG_0));
	/* the address space: an exec() in between makes the address meaningless */
	emit(cg, CALL_HELPER(BPF_FUNC_get_current_task));
	emit(cg, MOV64_REG(BPF_REG_3, BPF_REG_0));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)dtp->task_off_mm));
	emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_6));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, DT_DEFER_MM));
	emit(cg, MOV64_IMM(BPF_REG_2, 8));
	emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	emit(cg, CALL_HELPER(BPF_FUNC_ktime_get_ns));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_6, BPF_REG_0, DT_DEFER_TS));
	/* the fault record, complete as the fault stub would send it */
	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_FREC, -1));
	emit(cg, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_10, DCTX_EPID));
	emit(cg, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_1, CG_FREC + 8));
	emit(cg, CALL_HELPER(BPF_FUNC_get_smp_processor_id));
	emit(cg, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_0, CG_FREC + 4));
	for (int i = 0; i < 32; i += 8) {
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, CG_FREC + i));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_6, BPF_REG_1, DT_DEFER_FREC + i));
	}
	emit(cg, LDX_MEM(BPF_W, BPF_REG_1, BPF_REG_10, DCTX_PRID));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_6, BPF_REG_1, DT_DEFER_PRID));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_LOCAL));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_6, BPF_REG_1, DT_DEFER_LOCAL));
	for (int i = 0; i < 10; i++) {
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_ARG(i)));
		emit(cg, STX_MEM(BPF_DW, BPF_REG_6, BPF_REG_1, DT_DEFER_ARGS + 8 * i));
	}
	if (nthis > 0) {
		emit(cg, MOV64_REG(BPF_REG_1, BPF_REG_6));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_1, DT_DEFER_THIS));
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)nthis));
		emit(cg, MOV64_REG(BPF_REG_3, BPF_REG_9));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)LOCAL_BASE));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	}
	/* resume from this clause; count the thread once */
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_6, DT_DEFER_CLAUSE));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_6, DT_DEFER_CLAUSE, cg->clp->idx + 1));
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_1, 0, 0));
	emit_map_value(cg, BPF_REG_1, DT_MAP_GLOBAL, DT_GLOBAL_DEFERRED);
	emit(cg, MOV64_IMM(BPF_REG_2, 1));
	emit(cg, ATOMIC_ADD64(BPF_REG_1, BPF_REG_2, 0));
	patch_here(cg, j);
	emit(cg, MOV64_IMM(BPF_REG_0, 0));
	emit(cg, EXIT_INSN());
}

int
dt_cg_clause(dtrace_hdl_t *dtp, dt_clause_t *clp)
{
	dt_cg_t cg;
	dt_insnbuf_t body;
	size_t fault_at = 0, defer_at = 0, end_at, j, defer_fail = 0;
	size_t jbuf = SIZE_MAX, jscr = SIZE_MAX;
	int stmtno = 0;

	memset(&cg, 0, sizeof(cg));
	cg.dtp = dtp;
	cg.clp = clp;
	cg.act_tail = &clp->acts;

	free(clp->lines);
	clp->lines = NULL;
	clp->nlines = 0;
	clp->defers = false;
	if (clp->uses & DT_USES_TLS)
		cg_tls_lookup(&cg);
	if (clp->pred) {
		cg.action = 0;
		cg_mark_line(&cg, clp->pred->line);
		cg_expr(&cg, clp->pred);
		if (!cg.failed) {
			int r = vreg(&cg, 0);

			vpop(&cg);
			emit_jump_label(&cg, JMP_IMM(BPF_JEQ, r, 0, 0), L_END);
		}
	}
	if (dtp->local_size > dt_ident_local_max()) {
		cg_error(&cg, clp->line, D_NOT_SUPPORTED, "this-> variables exceed %u bytes",
			 dt_ident_local_max());
	}
	/* with if statements, which actions ran is known only at run time */
	for (dt_node_t *st = clp->body; st; st = st->next)
		if (st->kind == DT_N_IF)
			clp->actmask = true;
	/* the record starts with the speculation word, then the action mask */
	if (clp->specword) {
		cg.need_buf = true;
		emit(&cg, ST_MEM(BPF_DW, BPF_REG_9, 8, 0));
		cg.recoff = 8;
	}
	cg.maskoff = (int16_t)(8 + cg.recoff);
	if (clp->actmask) {
		cg.need_buf = true;
		emit(&cg, ST_MEM(BPF_DW, BPF_REG_9, cg.maskoff, 0));
		cg.recoff += 8;
	}
	cg_stmts(&cg, clp->body, &stmtno);
	/* a clause with no statements takes the default action (a probe line) */
	if (clp->body == NULL)
		clp->records = true;
	if (clp->records) {
		cg.need_buf = true;
		cg_mark_line(&cg, 0);
		cg_emit_record(&cg);
	}
	if (!cg.failed && 8 + cg.recoff + cg.tmpoff > DT_BUF_SIZE)
		cg_error(&cg, clp->line, D_UNKNOWN, "clause data exceeds the %u-byte record buffer", DT_BUF_SIZE);
	if (cg.failed) {
		dt_ib_free(&cg.ib);
		free(cg.fix);
		return -1;
	}
	if (cg.has_fault) {
		emit_jump_label(&cg, JA(0), L_END);
		if (cg.has_defer) {
			defer_at = cg.ib.n;
			cg_emit_defer_stub(&cg, &defer_fail);
		}
		fault_at = cg.ib.n;
		cg_emit_fault_stub(&cg);
		if (cg.has_defer)
			cg.ib.insns[defer_fail].off = (int16_t)(fault_at - defer_fail - 1);
	}
	end_at = cg.ib.n;
	for (int i = 0; i < cg.nfix; i++) {
		size_t target = cg.fix[i].label == L_END ? end_at :
				cg.fix[i].label == L_DEFER ? defer_at : fault_at;

		cg.ib.insns[cg.fix[i].at].off = (int16_t)(target - cg.fix[i].at - 1);
	}
	free(cg.fix);

	/* the buffer is looked up first, when the body needs it */
	memset(&body, 0, sizeof(body));
	if (cg.need_buf) {
		dt_ib_emit(&body, ST_MEM(BPF_W, BPF_REG_10, CG_TMP, 0));
		dt_ib_emit(&body, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0, DT_MAP_BUF));
		dt_ib_emit(&body, DT_INSN(0, 0, 0, 0, 0));
		dt_ib_emit(&body, MOV64_REG(BPF_REG_2, BPF_REG_10));
		dt_ib_emit(&body, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_TMP));
		dt_ib_emit(&body, CALL_HELPER(BPF_FUNC_map_lookup_elem));
		j = body.n;
		dt_ib_emit(&body, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
		dt_ib_emit(&body, MOV64_REG(BPF_REG_9, BPF_REG_0));
		jbuf = j;
	}
	if (cg.need_scratch) {
		/* the scratch map's value, its address as a number, nothing allocated */
		dt_ib_emit(&body, ST_MEM(BPF_W, BPF_REG_10, CG_TMP, 0));
		dt_ib_emit(&body, DT_INSN(BPF_LD | BPF_DW | BPF_IMM, BPF_REG_1, BPF_PSEUDO_MAP_FD, 0,
					  DT_MAP_SCRATCH));
		dt_ib_emit(&body, DT_INSN(0, 0, 0, 0, 0));
		dt_ib_emit(&body, MOV64_REG(BPF_REG_2, BPF_REG_10));
		dt_ib_emit(&body, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_TMP));
		dt_ib_emit(&body, CALL_HELPER(BPF_FUNC_map_lookup_elem));
		j = body.n;
		dt_ib_emit(&body, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
		dt_ib_emit(&body, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, CG_SCRP));
		dt_ib_emit(&body, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_0, DT_SCRATCH_ADDR));
		dt_ib_emit(&body, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_0, DT_SCRATCH_ADDR));
		dt_ib_emit(&body, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, CG_SCRB));
		dt_ib_emit(&body, ST_MEM(BPF_DW, BPF_REG_10, CG_SCRA, 0));
		jscr = j;
	}
	/* no buffer or no scratch memory (never, in practice): the clause does not run */
	if (jbuf != SIZE_MAX)
		body.insns[jbuf].off = (int16_t)(body.n - jbuf - 1 + cg.ib.n);
	if (jscr != SIZE_MAX)
		body.insns[jscr].off = (int16_t)(body.n - jscr - 1 + cg.ib.n);
	for (int i = 0; i < clp->nlines; i++)
		clp->lines[i].insn += (uint32_t)body.n;
	dt_ib_append(&body, cg.ib.insns, cg.ib.n);
	dt_ib_free(&cg.ib);
	clp->code = body;
	clp->reclen = 8 + cg.recoff;
	return 0;
}

/* ---- speculations (see dt_spec.c for the design) ---------------------- */

#define CMPXCHG64(d, s, o) DT_INSN(BPF_STX | BPF_DW | BPF_ATOMIC, d, s, o, BPF_CMPXCHG)

/*
 * r3 = the record's speculation word for the state word in r3 (its
 * generation's low 24 bits) and the id in register id, for operation op.
 */
static void
emit_spec_word(dt_cg_t *cg, int id, uint64_t op)
{
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_3, 8));
	emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_3, 40));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_3, 8));
	emit(cg, ALU64_REG(BPF_OR, BPF_REG_3, id));
	emit_ld64(cg, BPF_REG_2, op << DT_SPECOP_SHIFT);
	emit(cg, ALU64_REG(BPF_OR, BPF_REG_3, BPF_REG_2));
}

/*
 * commit(), discard(), speculate(): the id is on top of the value stack.
 * 0 does nothing (speculate(0) ends the clause: its data goes nowhere); an
 * id above nspec is an illegal operation, as in DTrace.  Otherwise r1
 * points at the id's state word and r3 holds it; *inactive is the jump
 * taken when the speculation is not active, for the caller to patch.
 */
static int
emit_spec_slot(dt_cg_t *cg, size_t *zero, size_t *inactive)
{
	int r = vreg(cg, 0);
	size_t j;

	*zero = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, r, 0, 0));
	j = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JLE, r, (int32_t)cg->dtp->nspec, 0));
	emit_fault(cg, DT_FAULT_ILLOP, -1);
	patch_here(cg, j);
	emit_map_value(cg, BPF_REG_1, DT_MAP_SPEC, 0);
	emit(cg, MOV64_REG(BPF_REG_2, r));
	emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_2, 3));
	emit(cg, ALU64_REG(BPF_ADD, BPF_REG_1, BPF_REG_2));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
	emit(cg, MOV64_REG(BPF_REG_5, BPF_REG_3));
	emit(cg, ALU64_IMM(BPF_AND, BPF_REG_5, 0xff));
	*inactive = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_5, DT_SPEC_ACTIVE, 0));
	return r;
}

/*
 * Move the active speculation whose state word r3 holds (at r1) to state
 * st; the jump returned is taken when another CPU changed it first.
 */
static size_t
emit_spec_claim(dt_cg_t *cg, int st)
{
	size_t j;

	emit(cg, MOV64_REG(BPF_REG_0, BPF_REG_3));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_3));
	emit(cg, ALU64_IMM(BPF_AND, BPF_REG_2, ~0xff));
	emit(cg, ALU64_IMM(BPF_OR, BPF_REG_2, st));
	emit(cg, CMPXCHG64(BPF_REG_1, BPF_REG_2, 0));
	j = cg->ib.n;
	emit(cg, JMP_REG(BPF_JNE, BPF_REG_0, BPF_REG_3, 0));
	return j;
}

/*
 * A commit or discard notice could not be sent: nobody will clean the
 * speculation, so make it inactive (the next generation) here, its data
 * lost.  The record's speculation word is at [base + off].
 */
static void
emit_spec_release(dt_cg_t *cg, int base, int16_t off, int st)
{
	size_t j1, j2, j3;

	emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, base, off));
	emit(cg, MOV32_REG(BPF_REG_4, BPF_REG_3));
	j1 = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_4, 0, 0));
	j2 = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JGT, BPF_REG_4, (int32_t)cg->dtp->nspec, 0));
	emit_map_value(cg, BPF_REG_1, DT_MAP_SPEC, 0);
	emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_4, 3));
	emit(cg, ALU64_REG(BPF_ADD, BPF_REG_1, BPF_REG_4));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_0));
	emit(cg, ALU64_IMM(BPF_AND, BPF_REG_2, 0xff));
	j3 = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_2, st, 0));
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_0));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_2, 8));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, 1));
	emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_2, 8));
	emit(cg, CMPXCHG64(BPF_REG_1, BPF_REG_2, 0));
	patch_here(cg, j1);
	patch_here(cg, j2);
	patch_here(cg, j3);
}

/*
 * speculation(): claim the first inactive id (compare-and-exchange, so two
 * CPUs never get the same one), or 0.  Failing, count why as DTrace does:
 * "busy" when some speculation is still being committed or discarded (its
 * records not yet dealt with by the consumer), else "unavailable".
 */
static void
cg_speculation(dt_cg_t *cg)
{
	uint32_t nspec = (uint32_t)cg->dtp->nspec;
	size_t *done = dt_zalloc((size_t)(nspec + 1) * sizeof(size_t)), jclaim, jnext, jlost, jb, je;
	int r = vpush(cg, 0);

	cg->effects = true;

	emit_map_value(cg, BPF_REG_1, DT_MAP_SPEC, 0);
	emit(cg, MOV64_IMM(BPF_REG_4, 0));
	for (uint32_t i = 1; i <= nspec; i++) {
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, (int16_t)(8 * i)));
		emit(cg, MOV64_REG(BPF_REG_5, BPF_REG_3));
		emit(cg, ALU64_IMM(BPF_AND, BPF_REG_5, 0xff));
		jclaim = cg->ib.n;
		emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_5, DT_SPEC_INACTIVE, 0));
		emit(cg, JMP_IMM(BPF_JLT, BPF_REG_5, DT_SPEC_COMMITTING, 1));
		emit(cg, MOV64_IMM(BPF_REG_4, 1));
		jnext = cg->ib.n;
		emit(cg, JA(0));
		patch_here(cg, jclaim);
		emit(cg, MOV64_REG(BPF_REG_0, BPF_REG_3));
		emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_3));
		emit(cg, ALU64_IMM(BPF_OR, BPF_REG_2, DT_SPEC_ACTIVE));
		emit(cg, CMPXCHG64(BPF_REG_1, BPF_REG_2, (int16_t)(8 * i)));
		jlost = cg->ib.n;
		emit(cg, JMP_REG(BPF_JNE, BPF_REG_0, BPF_REG_3, 0));
		emit(cg, MOV64_IMM(r, (int32_t)i));
		done[i] = cg->ib.n;
		emit(cg, JA(0));
		patch_here(cg, jnext);
		patch_here(cg, jlost);
	}
	emit(cg, MOV64_IMM(r, 0));
	jb = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_4, 0, 0));
	emit_count_drop(cg, DT_DROP_SPECUNAVAIL);
	je = cg->ib.n;
	emit(cg, JA(0));
	patch_here(cg, jb);
	emit_count_drop(cg, DT_DROP_SPECBUSY);
	patch_here(cg, je);
	for (uint32_t i = 1; i <= nspec; i++)
		patch_here(cg, done[i]);
	free(done);
}

/*
 * speculate(id): the rest of the clause's record is the speculation's.
 * Its bytes count against specsize on this CPU (a new generation of the
 * id starts again from 0); as in DTrace, a speculation without room drops
 * the clause from here, counting a speculative drop.
 */
static void
cg_speculate(dt_cg_t *cg)
{
	size_t jz, jin, jnomap, jsame, jdrop, jok;
	int r = emit_spec_slot(cg, &jz, &jin);

	emit_spec_word(cg, r, DT_SPECOP_DATA);
	emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_3, 8));
	emit(cg, STX_MEM(BPF_W, BPF_REG_10, r, CG_TMP));
	emit_map_fd(cg, BPF_REG_1, DT_MAP_SPECBYTES);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_10));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_TMP));
	emit(cg, CALL_HELPER(BPF_FUNC_map_lookup_elem));
	jnomap = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	/* this CPU's count is for the record's generation, or starts again */
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_9, 8));
	emit(cg, ALU64_IMM(BPF_LSH, BPF_REG_1, 8));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_1, 40));
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_0, 0));
	jsame = cg->ib.n;
	emit(cg, JMP_REG(BPF_JEQ, BPF_REG_2, BPF_REG_1, 0));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_1, 0));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_0, 8, 0));
	patch_here(cg, jsame);
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_0, 8));
	cg->spec_add = cg->ib.n;
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, 0));
	emit_ld64(cg, BPF_REG_3, cg->dtp->specsize);
	jdrop = cg->ib.n;
	emit(cg, JMP_REG(BPF_JGT, BPF_REG_2, BPF_REG_3, 0));
	emit(cg, STX_MEM(BPF_DW, BPF_REG_0, BPF_REG_2, 8));
	patch_here(cg, jnomap);
	jok = cg->ib.n;
	emit(cg, JA(0));
	patch_here(cg, jdrop);
	emit_count_drop(cg, DT_DROP_SPEC);
	/* an id that is 0 or not active: the clause ends, its data going nowhere */
	patch_here(cg, jz);
	patch_here(cg, jin);
	emit_jump_label(cg, JA(0), L_END);
	patch_here(cg, jok);
}

/*
 * commit(id): the clause's own record goes out now, marked to have the
 * consumer print what the speculation holds after it; nothing that
 * records data may follow commit( ), so the record is complete.  The end
 * of the clause then sends nothing more; a further commit( ) in the
 * clause sends the record again, marked not to be printed itself.
 */
static void
cg_commit(dt_cg_t *cg)
{
	size_t jz, jin, jlost, jfirst, jout, jsent;
	int r = emit_spec_slot(cg, &jz, &jin);

	jlost = emit_spec_claim(cg, DT_SPEC_COMMITTING);
	emit_spec_word(cg, r, DT_SPECOP_COMMIT);
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_9, 8));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_2, DT_SPECOP_SHIFT));
	jfirst = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JNE, BPF_REG_2, (int32_t)DT_SPECOP_SENT, 0));
	emit_ld64(cg, BPF_REG_2, (DT_SPECOP_COMMIT ^ DT_SPECOP_COMMIT2) << DT_SPECOP_SHIFT);
	emit(cg, ALU64_REG(BPF_XOR, BPF_REG_3, BPF_REG_2));
	patch_here(cg, jfirst);
	emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_3, 8));
	patch_here(cg, jz);
	patch_here(cg, jin);
	patch_here(cg, jlost);
	/* sent already, and nothing more to commit: nothing to send */
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_9, 8));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_2, DT_SPECOP_SHIFT));
	jsent = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_2, (int32_t)DT_SPECOP_SENT, 0));
	jout = emit_record_output(cg);
	emit_spec_release(cg, BPF_REG_9, 8, DT_SPEC_COMMITTING);
	patch_here(cg, jout);
	emit_ld64(cg, BPF_REG_1, DT_SPECOP_SENT << DT_SPECOP_SHIFT);
	emit(cg, STX_MEM(BPF_DW, BPF_REG_9, BPF_REG_1, 8));
	patch_here(cg, jsent);
}

/* discard(id): a notice tells the consumer to forget what is held. */
static void
cg_discard(dt_cg_t *cg)
{
	size_t jz, jin, jlost, jout;
	int r = emit_spec_slot(cg, &jz, &jin);

	jlost = emit_spec_claim(cg, DT_SPEC_DISCARDING);
	emit_spec_word(cg, r, DT_SPECOP_DISCARD);
	emit(cg, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_3, CG_FREC + 8));
	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_FREC, (int32_t)DT_EPID_SPEC));
	emit(cg, CALL_HELPER(BPF_FUNC_get_smp_processor_id));
	emit(cg, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_0, CG_FREC + 4));
	emit_map_fd(cg, BPF_REG_1, DT_MAP_RB);
	emit(cg, MOV64_REG(BPF_REG_2, BPF_REG_10));
	emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, CG_FREC));
	emit(cg, MOV64_IMM(BPF_REG_3, 16));
	emit(cg, MOV64_IMM(BPF_REG_4, 0));
	emit(cg, CALL_HELPER(BPF_FUNC_ringbuf_output));
	jout = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0));
	emit_count_drop(cg, DT_DROP_RECORD);
	emit_spec_release(cg, BPF_REG_10, CG_FREC + 8, DT_SPEC_DISCARDING);
	patch_here(cg, jout);
	patch_here(cg, jz);
	patch_here(cg, jin);
	patch_here(cg, jlost);
}

static void
cg_spec_action(dt_cg_t *cg, dt_node_t *call)
{
	cg_expr(cg, call->args);
	if (cg->failed)
		return;
	/* each changes speculation state (speculate() counts the held bytes) */
	cg->effects = true;
	switch (call->value) {
	case DT_ACT_SPECULATE: cg_speculate(cg); break;
	case DT_ACT_COMMIT: cg_commit(cg); break;
	default: cg_discard(cg); break;
	}
	vpop(cg);
}

/*
 * The end of a clause whose record starts with a speculation word: a
 * record already sent by commit( ) is not sent again.  speculate( )
 * counted the record's length, known only now.
 */
static void
cg_spec_record(dt_cg_t *cg)
{
	emit(cg, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_9, 8));
	emit(cg, ALU64_IMM(BPF_RSH, BPF_REG_1, DT_SPECOP_SHIFT));
	emit_jump_label(cg, JMP_IMM(BPF_JEQ, BPF_REG_1, (int32_t)DT_SPECOP_SENT, 0), L_END);
	if (cg->spec_add)
		cg->ib.insns[cg->spec_add].imm = (int32_t)(8 + cg->recoff);
}

uint32_t
dt_cg_buf_size(void)
{
	return DT_BUF_SIZE;
}

uint32_t
dt_cg_scratch_map_size(void)
{
	return DT_SCRATCH_ADDR + 8;
}
