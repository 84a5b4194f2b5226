/*
 * dt_prov_syscall.c -- the syscall provider: entry and return of every
 * syscall the running kernel has (named as its syscall tracepoints name
 * them).  All entry probes share one program on the raw tracepoint
 * sys_enter, all return probes one on sys_exit, dispatching on the syscall
 * number; so enabling every syscall costs one attachment, as does one.
 *
 * Probe ids are base + 2 * nr (+1 for return), so the program computes the
 * id from the number without a table.
 */
#include <bpf/bpf.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"
#include "dt_syscall_table.h"

#define SC_RETURN 1
#define SC_NR_MAX 1024   /* syscall numbers below this are traced */

/* Syscalls newer than the build machine's kernel headers (x86-64 numbers). */
static const struct dt_syscall_nr sc_newer[] = {
	{ "cachestat", 451 }, { "fchmodat2", 452 }, { "map_shadow_stack", 453 },
	{ "futex_wake", 454 }, { "futex_wait", 455 }, { "futex_requeue", 456 },
	{ "statmount", 457 }, { "listmount", 458 }, { "lsm_get_self_attr", 459 },
	{ "lsm_set_self_attr", 460 }, { "lsm_list_modules", 461 }, { "mseal", 462 },
	{ "setxattrat", 463 }, { "getxattrat", 464 }, { "listxattrat", 465 },
	{ "removexattrat", 466 }, { "open_tree_attr", 467 }, { "file_getattr", 468 },
	{ "file_setattr", 469 },
};

static int
sc_lookup(const struct dt_syscall_nr *tab, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(tab[i].name, name) == 0)
			return tab[i].nr;
	return -1;
}

/*
 * The number of a tracepoint's syscall.  Tracepoints of the "new" variants
 * are named for their kernel functions ("newfstat", "newuname"): the probe
 * takes the syscall's own name ("fstat", "uname"), which scripts use.
 */
static int
sc_number(char *name)
{
	size_t nt = sizeof(dt_syscall_table) / sizeof(dt_syscall_table[0]);
	size_t nn = sizeof(sc_newer) / sizeof(sc_newer[0]);
	int nr;

	if ((nr = sc_lookup(dt_syscall_table, nt, name)) >= 0)
		return nr;
	if (strncmp(name, "new", 3) == 0 && (nr = sc_lookup(dt_syscall_table, nt, name + 3)) >= 0) {
		memmove(name, name + 3, strlen(name + 3) + 1);
		return nr;
	}
	return sc_lookup(sc_newer, nn, name);
}

typedef struct sc_ent {
	int nr;
	char name[64];
} sc_ent_t;

static int
sc_cmp(const void *a, const void *b)
{
	return ((const sc_ent_t *)a)->nr - ((const sc_ent_t *)b)->nr;
}

static int
sc_populate(dtrace_hdl_t *dtp)
{
	const char *tfs = dt_tracefs(dtp);
	char path[512];
	struct dirent *de;
	sc_ent_t *v = NULL;
	int n = 0, cap = 0;
	uint32_t base;
	DIR *d;

	if (tfs == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/events/syscalls", tfs);
	if ((d = opendir(path)) == NULL) {
		dt_set_errmsg(dtp, "cannot list syscalls in %s: %s", path, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		int nr;

		if (strncmp(de->d_name, "sys_enter_", 10) != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 512;
			v = dt_realloc(v, (size_t)cap * sizeof(*v));
		}
		snprintf(v[n].name, sizeof(v[n].name), "%s", de->d_name + 10);
		nr = sc_number(v[n].name);
		if (nr < 0 || nr >= SC_NR_MAX)
			continue;
		v[n].nr = nr;
		n++;
	}
	closedir(d);
	qsort(v, (size_t)n, sizeof(*v), sc_cmp);
	base = dtp->next_probe_id;
	for (int i = 0; i < n; i++) {
		if (i > 0 && v[i].nr == v[i - 1].nr)
			continue;
		dt_probe_create_id(dtp, base + 2 * (uint32_t)v[i].nr, &dt_prov_syscall, "vmlinux",
				   v[i].name, "entry", (uint64_t)v[i].nr, 0);
		dt_probe_create_id(dtp, base + 2 * (uint32_t)v[i].nr + 1, &dt_prov_syscall, "vmlinux",
				   v[i].name, "return", (uint64_t)v[i].nr, SC_RETURN);
	}
	free(v);
	return 0;
}

static uint64_t
sc_attach_key(const dt_probe_t *prp)
{
	return prp->flags & SC_RETURN;
}

static uint32_t
sc_nlocal(const dt_attach_t *ap)
{
	uint32_t max = 0;

	for (int i = 0; i < ap->nprobes; i++)
		if (ap->probes[i]->data + 1 > max)
			max = (uint32_t)ap->probes[i]->data + 1;
	return max;
}

static uint32_t
sc_local_index(const dt_probe_t *prp)
{
	return (uint32_t)prp->data;
}

/* The id of the probe for syscall nr, from any probe of the attach point. */
static uint32_t
sc_base(const dt_attach_t *ap)
{
	const dt_probe_t *prp = ap->probes[0];

	return prp->id - 2 * (uint32_t)prp->data - (prp->flags & SC_RETURN);
}

static void
sc_exit_if_out_of_range(dt_insnbuf_t *ib, const dt_attach_t *ap)
{
	dt_ib_emit(ib, JMP_IMM(BPF_JLT, BPF_REG_2, (int32_t)ap->nlocal, 2));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_0, 0));
	dt_ib_emit(ib, EXIT_INSN());
}

static void
sc_store_local_and_prid(dt_insnbuf_t *ib, const dt_attach_t *ap, bool ret)
{
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_LOCAL));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_3, BPF_REG_2));
	dt_ib_emit(ib, ALU64_IMM(BPF_LSH, BPF_REG_3, 1));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, (int32_t)(sc_base(ap) + (ret ? 1 : 0))));
	dt_ib_emit(ib, STX_MEM(BPF_W, BPF_REG_10, BPF_REG_3, DCTX_PRID));
}

/*
 * sys_enter(regs, id): the arguments are read from the saved user registers
 * (x86-64: di, si, dx, r10, r8, r9); sys_exit(regs, ret): the number is
 * regs->orig_ax.
 */
static void
sc_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	bool ret = ap->key == SC_RETURN;

	if (!ret) {
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 8));
		sc_exit_if_out_of_range(ib, ap);
		sc_store_local_and_prid(ib, ap, false);
		if (!(uses & DT_USES_ARGS))
			return;
		/* pt_regs bytes 56..119: r10 r9 r8 ax cx dx si di, into arg slots 0..7 */
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
		dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, 56));
		dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_10));
		dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, DCTX_ARG(0)));
		dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, 64));
		dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_probe_read_kernel));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_0, BPF_REG_10, DCTX_ARG(7)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_ARG(6)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_ARG(5)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_10, DCTX_ARG(0)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_4, BPF_REG_10, DCTX_ARG(2)));
		dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_5, BPF_REG_10, DCTX_ARG(1)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_0, DCTX_ARG(0)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_1, DCTX_ARG(1)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(2)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_3, DCTX_ARG(3)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_4, DCTX_ARG(4)));
		dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_5, DCTX_ARG(5)));
		for (int i = 6; i < 10; i++)
			dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
		return;
	}
	/* the syscall number: regs->orig_ax (offset 120), read into arg9's slot */
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 0));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_3, 120));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_10));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, DCTX_ARG(9)));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_2, 8));
	dt_ib_emit(ib, CALL_HELPER(BPF_FUNC_probe_read_kernel));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_10, DCTX_ARG(9)));
	sc_exit_if_out_of_range(ib, ap);
	sc_store_local_and_prid(ib, ap, true);
	if (!(uses & (DT_USES_ARGS | DT_USES_ERRNO)))
		return;
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, 8));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_3, DCTX_ARG(0)));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_3, DCTX_ARG(1)));
	for (int i = 2; i < 10; i++)
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
	/* errno = -ret for returns in [-4095, -1] */
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_4, 0));
	dt_ib_emit(ib, JMP_IMM(BPF_JSGT, BPF_REG_3, -1, 3));
	dt_ib_emit(ib, JMP_IMM(BPF_JSLT, BPF_REG_3, -4095, 2));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_4, BPF_REG_3));
	dt_ib_emit(ib, NEG64(BPF_REG_4));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_4, DCTX_ERRNO));
}

static int
sc_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	const char *tp = ap->key == SC_RETURN ? "sys_exit" : "sys_enter";
	int fd = bpf_raw_tracepoint_open(tp, ap->prog_fd);

	if (fd < 0) {
		dt_set_errmsg(dtp, "could not enable tracing: attaching to raw tracepoint %s: %s", tp,
			      strerror(errno));
		return -1;
	}
	dt_attach_add_fd(ap, fd);
	return 0;
}

/*
 * A copyinstr() that fails at a syscall's entry (a page the process has not
 * touched yet) is retried at its return, on the same thread: the kernel has
 * read the syscall's strings by then, so their pages are mapped in.
 */
static dt_probe_t *
sc_retry_probe(dtrace_hdl_t *dtp, const dt_probe_t *prp)
{
	if (prp->flags & SC_RETURN)
		return NULL;
	return dt_probe_by_id(dtp, prp->id + 1);
}

/*
 * Entry probes' argument types: the fields of the syscall's entry
 * tracepoint format (read only for probes a program or -lv asks about);
 * the return probe's args[0] is the return value.
 */
static void
sc_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	static const dt_argdesc_t ret = { "long", NULL, NULL, 0 };
	const char *tfs;
	dt_argdesc_t argv[10];
	char path[512], line[512], *type, *name;
	int n = 0;
	FILE *f;

	if (prp->flags & SC_RETURN) {
		dt_probe_set_args(prp, 1, &ret);
		return;
	}
	if ((tfs = dt_tracefs(dtp)) == NULL)
		return;
	snprintf(path, sizeof(path), "%s/events/syscalls/sys_enter_%s/format", tfs, prp->func);
	if ((f = fopen(path, "r")) == NULL) {
		/* the probe was named without the "new" of its tracepoint (newfstat) */
		snprintf(path, sizeof(path), "%s/events/syscalls/sys_enter_new%s/format", tfs,
			 prp->func);
		if ((f = fopen(path, "r")) == NULL)
			return;
	}
	while (n < 6 && fgets(line, sizeof(line), f)) {
		if (!dt_tp_format_field(line, &type, &name) || strncmp(name, "common_", 7) == 0 ||
		    strcmp(name, "__syscall_nr") == 0)
			continue;
		argv[n].type = dt_strdup(type);
		argv[n].name = dt_strdup(name);
		argv[n].xlate = NULL;
		argv[n].native = (uint8_t)n;
		n++;
	}
	fclose(f);
	dt_probe_set_args(prp, n, argv);
	for (int i = 0; i < n; i++) {
		free((char *)argv[i].type);
		free((char *)argv[i].name);
	}
}

/* DTrace's syscall stability: names evolving, arguments private to the ISA. */
static const dt_pattr_t sc_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_ISA },
	.name = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
	.args = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_ISA },
};

const dt_provider_t dt_prov_syscall = {
	.name = "syscall",
	.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT,
	.attr = &sc_attr,
	.probe_args = sc_probe_args,
	.populate = sc_populate,
	.attach_key = sc_attach_key,
	.nlocal = sc_nlocal,
	.local_index = sc_local_index,
	.gen_prologue = sc_gen_prologue,
	/*
	 * The program, bpf_trace_run2() and the tracepoint's __bpf_trace_sys_*()
	 * stub: stacks start where the kernel traces the system call.
	 */
	.stack_skip = 3,
	.attach = sc_attach,
	.retry_probe = sc_retry_probe,
};
