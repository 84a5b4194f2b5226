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
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"
#include "dt_printf.h"
#include "dt_runtime.h"

#define CG_MAXVS   32
#define CG_TMP     (-(DCTX_SIZE + 8))          /* scratch slot (map keys, reads) */
#define CG_FREC    (-(DCTX_SIZE + 48))         /* 32-byte fault record */
#define CG_VS(i)   (-(DCTX_SIZE + 56 + 8 * (i))) /* value stack spill slots */

#define DT_BUF_SIZE 32768                      /* per-CPU buffer (BPF percpu limit) */

/* Fault types, as DTrace numbers them (ERROR's arg4). */
#define DT_FAULT_BADADDR 1
#define DT_FAULT_DIVZERO 4

/* Offsets of probe description strings in a DT_MAP_PDESC value. */
#define PDESC_PROV 0
#define PDESC_MOD  64
#define PDESC_FUNC 128
#define PDESC_NAME 256

enum { L_END, L_FAULT };

typedef struct dt_cg_val {
	int reg;          /* 6..8, or -1 when spilled to CG_VS(i) */
	uint32_t strsz;   /* strings: bytes readable at the pointer */
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
	int action;           /* current action number (0 = predicate) */
	dt_cg_fix_t *fix;
	int nfix, capfix;
	dt_actdesc_t **act_tail;
	bool failed;
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

static void
emit_fault(dt_cg_t *cg, int type, int addr_reg)
{
	uint32_t info = ((uint32_t)cg->action << 16) | (uint32_t)type;

	cg->has_fault = true;
	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_FREC + 12, (int32_t)info));
	if (addr_reg >= 0)
		emit(cg, STX_MEM(BPF_DW, BPF_REG_10, addr_reg, CG_FREC + 16));
	else
		emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_FREC + 16, 0));
	emit(cg, ST_MEM(BPF_DW, BPF_REG_10, CG_FREC + 24, (int32_t)cg->ib.n));
	emit_jump_label(cg, JA(0), L_FAULT);
}

static uint32_t
buf_temp(dt_cg_t *cg, uint32_t size)
{
	size = (size + 7) & ~7u;
	cg->need_buf = true;
	cg->tmpoff += size;
	return DT_BUF_SIZE - cg->tmpoff;
}

/* task_struct field offsets from the kernel's BTF, looked up once per handle. */
static int
task_offsets(dt_cg_t *cg, int line, uint32_t *parent, uint32_t *tgid)
{
	dtrace_hdl_t *dtp = cg->dtp;
	struct btf *btf;
	const struct btf_type *t;
	const struct btf_member *m;
	int id;

	if (dtp->task_off_parent) {
		*parent = dtp->task_off_parent;
		*tgid = dtp->task_off_tgid;
		return 0;
	}
	btf = btf__load_vmlinux_btf();
	if (btf == NULL)
		return cg_error(cg, line, D_UNKNOWN, "ppid needs kernel BTF (/sys/kernel/btf/vmlinux): %s",
				strerror(errno));
	id = btf__find_by_name_kind(btf, "task_struct", BTF_KIND_STRUCT);
	t = id > 0 ? btf__type_by_id(btf, id) : NULL;
	for (int i = 0; t && i < btf_vlen(t); i++) {
		const char *name;

		m = btf_members(t) + i;
		name = btf__name_by_offset(btf, m->name_off);
		if (strcmp(name, "real_parent") == 0)
			dtp->task_off_parent = btf_member_bit_offset(t, i) / 8;
		else if (strcmp(name, "tgid") == 0)
			dtp->task_off_tgid = btf_member_bit_offset(t, i) / 8;
	}
	btf__free(btf);
	if (!dtp->task_off_parent || !dtp->task_off_tgid)
		return cg_error(cg, line, D_UNKNOWN, "ppid: task_struct layout not found in kernel BTF");
	*parent = dtp->task_off_parent;
	*tgid = dtp->task_off_tgid;
	return 0;
}

/* ---- expressions -------------------------------------------------- */

static void cg_expr(dt_cg_t *cg, dt_node_t *n);

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

	vflush(cg);
	cg_expr(cg, n->cond);
	r = vreg(cg, 0);
	vpop(cg);
	jelse = cg->ib.n;
	emit(cg, JMP_IMM(BPF_JEQ, r, 0, 0));
	cg_expr(cg, n->left);
	res = vreg(cg, 0);
	sz = cg->vs[cg->nvs - 1].strsz;
	vpop(cg);
	jend = cg->ib.n;
	emit(cg, JA(0));
	patch_here(cg, jelse);
	cg_expr(cg, n->right);
	vmove_top(cg, res);
	if (cg->vs[cg->nvs - 1].strsz > sz)
		cg->vs[cg->nvs - 1].strsz = sz;
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
	if (n->left->type.kind == DT_TK_STRING) {
		cg_strcmp(cg, n);
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

static void
cg_incdec(dt_cg_t *cg, dt_node_t *n)
{
	dt_ident_t *idp = n->left->ident;
	int r = vpush(cg, 0);
	int d = (n->op == DT_OP_PREINC || n->op == DT_OP_POSTINC) ? 1 : -1;

	emit_map_value(cg, BPF_REG_1, DT_MAP_GLOBAL, idp->offset);
	emit(cg, LDX_MEM(BPF_DW, r, BPF_REG_1, 0));
	if (n->op == DT_OP_POSTINC || n->op == DT_OP_POSTDEC) {
		emit(cg, MOV64_REG(BPF_REG_2, r));
		emit(cg, ALU64_IMM(BPF_ADD, BPF_REG_2, d));
		emit_normalize(cg, BPF_REG_2, idp->type);
		emit(cg, STX_MEM(BPF_DW, BPF_REG_1, BPF_REG_2, 0));
	} else {
		emit(cg, ALU64_IMM(BPF_ADD, r, d));
		emit_normalize(cg, r, idp->type);
		emit(cg, STX_MEM(BPF_DW, BPF_REG_1, r, 0));
	}
}

static void
cg_assign(dt_cg_t *cg, dt_node_t *n)
{
	dt_ident_t *idp = n->left->ident;
	int r;

	cg_expr(cg, n->right);
	if (idp->type.kind == DT_TK_STRING) {
		/* copy the string into the variable; the value is the variable */
		r = vreg(cg, 0);
		emit_map_value(cg, BPF_REG_1, DT_MAP_GLOBAL, idp->offset);
		emit(cg, MOV64_IMM(BPF_REG_2, (int32_t)cg->dtp->strsize));
		emit(cg, MOV64_REG(BPF_REG_3, r));
		emit(cg, CALL_HELPER(BPF_FUNC_probe_read_kernel_str));
		emit_map_value(cg, r, DT_MAP_GLOBAL, idp->offset);
		cg->vs[cg->nvs - 1].strsz = (uint32_t)cg->dtp->strsize;
		return;
	}
	r = vreg(cg, 0);
	emit_map_value(cg, BPF_REG_1, DT_MAP_GLOBAL, idp->offset);
	if (n->op != DT_OP_NONE) {
		emit(cg, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 0));
		emit_arith(cg, n->op, idp->type, BPF_REG_2, r);
		emit(cg, MOV64_REG(r, BPF_REG_2));
		/* the fault path of / and % clobbers nothing we still need */
		emit_map_value(cg, BPF_REG_1, DT_MAP_GLOBAL, idp->offset);
	} else {
		emit_normalize(cg, r, idp->type);
	}
	emit(cg, STX_MEM(BPF_DW, BPF_REG_1, r, 0));
}

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
		if (n->ident == NULL) {
			cg_builtin(cg, n);
		} else if (n->ident->type.kind == DT_TK_STRING) {
			r = vpush(cg, (uint32_t)cg->dtp->strsize);
			emit_map_value(cg, r, DT_MAP_GLOBAL, n->ident->offset);
		} else {
			r = vpush(cg, 0);
			emit_map_value(cg, r, DT_MAP_GLOBAL, n->ident->offset);
			emit(cg, LDX_MEM(BPF_DW, r, r, 0));
		}
		return;
	case DT_N_UNARY:
		if (n->op >= DT_OP_PREINC && n->op <= DT_OP_POSTDEC) {
			cg_incdec(cg, n);
			return;
		}
		cg_expr(cg, n->left);
		r = vreg(cg, 0);
		switch (n->op) {
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
		if (n->type.kind == DT_TK_VOID)
			vpop(cg);
		else
			emit_normalize(cg, vreg(cg, 0), n->type);
		return;
	case DT_N_CALL:
		cg_error(cg, n->line, D_ACT_SPEC, "%s( ) may only be used as a statement", n->str);
		return;
	default:
		cg_error(cg, n->line, D_UNKNOWN, "invalid expression");
		return;
	}
}

/* ---- actions ------------------------------------------------------ */

static dt_actdesc_t *
new_action(dt_cg_t *cg, dt_func_t kind, int line, int ndata)
{
	dt_actdesc_t *ap = dt_zalloc(sizeof(*ap));

	ap->kind = kind;
	ap->line = line;
	ap->ndata = ndata;
	ap->data = dt_zalloc((size_t)(ndata ? ndata : 1) * sizeof(dt_datum_t));
	*cg->act_tail = ap;
	cg->act_tail = &ap->next;
	cg->clp->records = true;
	cg->need_buf = true;
	return ap;
}

/* Evaluate e into the record (or note it as a constant). */
static void
cg_record(dt_cg_t *cg, dt_node_t *e, dt_datum_t *d)
{
	uint32_t off = 8 + cg->recoff;
	int r;

	d->type = e->type;
	if (e->isconst && (e->kind == DT_N_INT || e->kind == DT_N_STRING)) {
		d->isconst = true;
		d->value = e->value;
		d->str = e->kind == DT_N_STRING ? e->str : NULL;
		return;
	}
	cg_expr(cg, e);
	if (cg->failed)
		return;
	r = vreg(cg, 0);
	d->offset = cg->recoff;
	if (e->type.kind == DT_TK_STRING) {
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
		d->size = e->type.size;
		cg->recoff += 8;
	}
	vpop(cg);
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
		return;
	case DT_ACT_PRINTF: {
		dt_type_t *types = dt_zalloc((size_t)argc * sizeof(dt_type_t));

		ap = new_action(cg, DT_ACT_PRINTF, call->line, argc - 1);
		ap->pfv = dt_printf_parse("printf", call->args->str, err, sizeof(err));
		if (ap->pfv == NULL) {
			free(types);
			cg_error(cg, call->line, D_PRINTF_ARG_FMT, "%s", err);
			return;
		}
		for (a = call->args->next, i = 0; a; a = a->next, i++)
			types[i] = a->type;
		if (dt_printf_check(ap->pfv, types, argc - 1, err, sizeof(err)) != 0) {
			free(types);
			cg_error(cg, call->line, D_PRINTF_ARG_TYPE, "%s", err);
			return;
		}
		free(types);
		for (a = call->args->next, i = 0; a; a = a->next, i++)
			cg_record(cg, a, &ap->data[i]);
		return;
	}
	}
}

static void
cg_stmt(dt_cg_t *cg, dt_node_t *e)
{
	if (e->kind == DT_N_CALL) {
		cg_action(cg, e);
		return;
	}
	cg_expr(cg, e);
	if (!cg->failed && e->type.kind != DT_TK_VOID)
		vpop(cg);
}

/* ---- the clause --------------------------------------------------- */

static void
cg_emit_record(dt_cg_t *cg)
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
	emit_jump_label(cg, JMP_IMM(BPF_JEQ, BPF_REG_0, 0, 0), L_END);
	/* the ring buffer is full: count a drop on this CPU */
	emit(cg, ST_MEM(BPF_W, BPF_REG_10, CG_TMP, 0));
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

int
dt_cg_clause(dtrace_hdl_t *dtp, dt_clause_t *clp)
{
	dt_cg_t cg;
	dt_insnbuf_t body;
	size_t fault_at = 0, end_at, j;
	int stmtno = 0;

	memset(&cg, 0, sizeof(cg));
	cg.dtp = dtp;
	cg.clp = clp;
	cg.act_tail = &clp->acts;

	if (clp->pred) {
		cg.action = 0;
		cg_expr(&cg, clp->pred);
		if (!cg.failed) {
			int r = vreg(&cg, 0);

			vpop(&cg);
			emit_jump_label(&cg, JMP_IMM(BPF_JEQ, r, 0, 0), L_END);
		}
	}
	for (dt_node_t *st = clp->body; st && !cg.failed; st = st->next) {
		cg.action = ++stmtno;
		if (st->left)
			cg_stmt(&cg, st->left);
	}
	/* a clause with no statements takes the default action (a probe line) */
	if (clp->body == NULL)
		clp->records = true;
	if (clp->records) {
		cg.need_buf = true;
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
		fault_at = cg.ib.n;
		cg_emit_fault_stub(&cg);
	}
	end_at = cg.ib.n;
	for (int i = 0; i < cg.nfix; i++) {
		size_t target = cg.fix[i].label == L_END ? end_at : fault_at;

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
		body.insns[j].off = (int16_t)(body.n - j - 1 + cg.ib.n);
	}
	dt_ib_append(&body, cg.ib.insns, cg.ib.n);
	dt_ib_free(&cg.ib);
	clp->code = body;
	clp->reclen = 8 + cg.recoff;
	return 0;
}

uint32_t
dt_cg_buf_size(void)
{
	return DT_BUF_SIZE;
}
