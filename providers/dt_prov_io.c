/*
 * dt_prov_io.c -- the io provider: DTrace's block I/O probes on the block
 * layer's request tracepoints (raw tracepoints).
 *
 *   start  block_rq_issue: a request is handed to the device driver.
 *   done   block_rq_complete: the device has completed (part of) it.
 *
 * Both give the kernel's struct request *; args[0], args[1] and args[2]
 * are bufinfo_t *, devinfo_t * and fileinfo_t * translated from it by the
 * D library (dt_dlib.c).  DTrace's wait-start and wait-done fire around a
 * thread's wait for a buffer; Linux waits on folios and bios without a
 * tracepoint, so they do not exist here.
 */
#include <bpf/bpf.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

static const struct {
	const char *name, *tp;
} io_probes[] = {
	{ "start", "block_rq_issue" },
	{ "done", "block_rq_complete" },
};
#define IO_NPROBES (sizeof(io_probes) / sizeof(io_probes[0]))

/* A probe exists when its tracepoint is a trace event of this kernel (no BTF is opened). */
static int
io_populate(dtrace_hdl_t *dtp)
{
	for (size_t i = 0; i < IO_NPROBES; i++)
		if (dt_tracefs_event_exists(dtp, "block", io_probes[i].tp))
			dt_probe_create(dtp, &dt_prov_io, "", "", io_probes[i].name, i, 0);
	return 0;
}

static void
io_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	static const dt_argdesc_t a[3] = {
		{ "struct request *", "bufinfo_t *", NULL, 0 },
		{ "struct request *", "devinfo_t *", NULL, 0 },
		{ "struct request *", "fileinfo_t *", NULL, 0 },
	};

	(void)dtp;
	dt_probe_set_args(prp, 3, a);
}

static uint64_t
io_attach_key(const dt_probe_t *prp)
{
	return prp->id;
}

static uint32_t
io_nlocal(const dt_attach_t *ap)
{
	(void)ap;
	return 1;
}

static uint32_t
io_local_index(const dt_probe_t *prp)
{
	(void)prp;
	return 0;
}

/* arg0 is the request; the other arguments are zero. */
static void
io_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	(void)dtp;
	dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_PRID, (int32_t)ap->probes[0]->id));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_LOCAL, 0));
	if (!(uses & DT_USES_ARGS))
		return;
	for (int i = 1; i < 10; i++)
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_1, BPF_REG_10, DCTX_CTX));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, 0));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(0)));
}

static int
io_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	return dt_sdt_attach_raw(dtp, ap, io_probes[ap->probes[0]->data].tp);
}

/* DTrace's io provider: evolving names and data, ISA dependency. */
static const dt_pattr_t io_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.name = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.args = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
};

const dt_provider_t dt_prov_io = {
	.name = "io",
	.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT,
	.attr = &io_attr,
	.probe_args = io_probe_args,
	.populate = io_populate,
	.attach_key = io_attach_key,
	.nlocal = io_nlocal,
	.local_index = io_local_index,
	.gen_prologue = io_gen_prologue,
	.attach = io_attach,
};
