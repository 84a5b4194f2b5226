/*
 * dt_prov_dtrace.c -- the dtrace provider: BEGIN, END and ERROR.
 *
 * They are not attached to anything: each is a raw-tracepoint program that
 * the consumer runs itself with BPF_PROG_TEST_RUN, at the moment DTrace
 * defines (BEGIN before any other probe, END after the last, ERROR when a
 * clause faults), in the consumer's own context.
 */
#include <bpf/bpf.h>
#include <errno.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

static int
dtrace_populate(dtrace_hdl_t *dtp)
{
	dt_probe_create(dtp, &dt_prov_dtrace, "", "", "BEGIN", 0, 0);
	dt_probe_create(dtp, &dt_prov_dtrace, "", "", "END", 0, 0);
	dt_probe_create(dtp, &dt_prov_dtrace, "", "", "ERROR", 0, 0);
	return 0;
}

static uint64_t
dtrace_attach_key(const dt_probe_t *prp)
{
	return prp->id;
}

static uint32_t
dtrace_nlocal(const dt_attach_t *ap)
{
	return 1;
}

static uint32_t
dtrace_local_index(const dt_probe_t *prp)
{
	return 0;
}

/* arg0..arg5 come from the test-run context (ERROR's fault description). */
static void
dtrace_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_PRID, (int32_t)ap->probes[0]->id));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_LOCAL, 0));
	if (!(uses & DT_USES_ARGS))
		return;
	for (int i = 0; i < 10; i++) {
		if (i < 6) {
			dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, (int16_t)(8 * i)));
			dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(i)));
		} else {
			dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
		}
	}
}

static int
dtrace_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	return 0;
}

int
dt_dtrace_fire(dtrace_hdl_t *dtp, const char *name, const uint64_t args[6])
{
	uint64_t ctx[6] = { 0 };
	LIBBPF_OPTS(bpf_test_run_opts, opts, .ctx_in = ctx, .ctx_size_in = sizeof(ctx));

	if (args)
		memcpy(ctx, args, sizeof(ctx));
	for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
		if (ap->pv != &dt_prov_dtrace || strcmp(ap->probes[0]->name, name) != 0)
			continue;
		if (bpf_prog_test_run_opts(ap->prog_fd, &opts) != 0) {
			dt_set_errmsg(dtp, "failed to fire dtrace:::%s: %s", name, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* DTrace's own probes are its stable interface. */
static const dt_pattr_t dtrace_attr = {
	.prov = { DT_STAB_STABLE, DT_STAB_STABLE, DT_CLASS_COMMON },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.name = { DT_STAB_STABLE, DT_STAB_STABLE, DT_CLASS_COMMON },
	.args = { DT_STAB_STABLE, DT_STAB_STABLE, DT_CLASS_COMMON },
};

const dt_provider_t dt_prov_dtrace = {
	.name = "dtrace",
	.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT,
	.attr = &dtrace_attr,
	.populate = dtrace_populate,
	.attach_key = dtrace_attach_key,
	.nlocal = dtrace_nlocal,
	.local_index = dtrace_local_index,
	.gen_prologue = dtrace_gen_prologue,
	.attach = dtrace_attach,
	/* the program run by BPF_PROG_TEST_RUN: stacks start at its caller */
	.stack_skip = 1,
};
