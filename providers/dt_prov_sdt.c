/*
 * dt_prov_sdt.c -- the sdt provider: every kernel tracepoint, as
 * sdt:SUBSYSTEM::EVENT (sdt:sched::sched_process_exec), the name Oracle
 * Linux DTrace gives the kernel's statically defined probes.
 *
 * Each enabled tracepoint is one raw tracepoint attachment (no perf event,
 * no ring of trace records): the program gets the tracepoint's own
 * arguments, typed from the kernel's BTF (btf_trace_EVENT), so args[0] of
 * sched_process_exec is the struct task_struct *.
 *
 * The list comes from tracefs's available_events (one read); syscalls have
 * their own provider, and kprobe/uprobe/ftrace events are not tracepoints.
 */
#include <bpf/bpf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

static bool
sdt_skip_group(const char *group)
{
	static const char *const skip[] = { "syscalls", "ftrace", "kprobes", "uprobes" };

	for (size_t i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (strcmp(group, skip[i]) == 0)
			return true;
	return false;
}

static int
sdt_populate(dtrace_hdl_t *dtp)
{
	const char *tfs = dt_tracefs(dtp);
	char path[512], line[512];
	FILE *f;

	if (tfs == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/available_events", tfs);
	if ((f = fopen(path, "r")) == NULL) {
		dt_set_errmsg(dtp, "cannot list tracepoints in %s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		char *ev = strchr(line, ':');

		line[strcspn(line, "\n")] = '\0';
		if (ev == NULL || ev[1] == '\0')
			continue;
		*ev++ = '\0';
		if (!sdt_skip_group(line))
			dt_probe_create(dtp, &dt_prov_sdt, line, "", ev, 0, 0);
	}
	fclose(f);
	return 0;
}

/* The raw tracepoint's arguments; none when the kernel's BTF does not describe it. */
static void
sdt_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	dt_argdesc_t *argv = NULL;
	int n = dt_btf_tracepoint_args(dtp, prp->name, &argv);

	if (n > 0) {
		prp->argc = n;
		prp->argv = argv;
	}
}

static uint64_t
sdt_attach_key(const dt_probe_t *prp)
{
	return prp->id;
}

static uint32_t
sdt_nlocal(const dt_attach_t *ap)
{
	return 1;
}

static uint32_t
sdt_local_index(const dt_probe_t *prp)
{
	return 0;
}

/*
 * The context is the tracepoint's arguments as 64-bit words; only as many
 * as the tracepoint has may be read (the kernel refuses the attachment of
 * a program reading more).
 */
static void
sdt_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	dt_probe_t *prp = ap->probes[0];
	int n;

	dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_PRID, (int32_t)prp->id));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_LOCAL, 0));
	if (!(uses & DT_USES_ARGS))
		return;
	n = dt_probe_args(dtp, prp);
	for (int i = 0; i < 10; i++) {
		if (i < n) {
			dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, (int16_t)(8 * i)));
			dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(i)));
		} else {
			dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
		}
	}
}

/*
 * Attach the attach point's program to raw tracepoint tp (the sched and io
 * providers attach theirs here too).
 */
int
dt_sdt_attach_raw(dtrace_hdl_t *dtp, dt_attach_t *ap, const char *tp)
{
	int fd = bpf_raw_tracepoint_open(tp, ap->prog_fd);

	if (fd < 0) {
		dt_set_errmsg(dtp, "could not enable tracing: attaching to raw tracepoint %s: %s", tp,
			      strerror(errno));
		return -1;
	}
	dt_attach_add_fd(ap, fd);
	return 0;
}

static int
sdt_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	return dt_sdt_attach_raw(dtp, ap, ap->probes[0]->name);
}

/* Kernel tracepoints are the kernel's own, private interface. */
static const dt_pattr_t sdt_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_ISA },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.name = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_ISA },
	.args = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_ISA },
};

const dt_provider_t dt_prov_sdt = {
	.name = "sdt",
	.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT,
	.attr = &sdt_attr,
	.probe_args = sdt_probe_args,
	.populate = sdt_populate,
	.attach_key = sdt_attach_key,
	.nlocal = sdt_nlocal,
	.local_index = sdt_local_index,
	.gen_prologue = sdt_gen_prologue,
	.attach = sdt_attach,
};
