/*
 * dt_prov_fbt.c -- the fbt provider (kernel function entry and return).
 *
 * Its probes need kprobes or fentry trampolines, which this version does
 * not attach to yet.  What the kernel has is detected, not assumed (the
 * kprobe PMU or tracefs's kprobe_events; a trial fentry program), only
 * when a description names fbt: the provider lists no probes, and a
 * program naming one is refused with the reason.
 */
#include <bpf/bpf.h>
#include <stdio.h>
#include <unistd.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

static int
fbt_populate(dtrace_hdl_t *dtp)
{
	return 0;
}

static bool
fbt_have_kprobes(dtrace_hdl_t *dtp)
{
	const char *tfs;
	char path[512];

	if (access("/sys/bus/event_source/devices/kprobe", F_OK) == 0)
		return true;
	if ((tfs = dt_tracefs(dtp)) == NULL)
		return false;
	snprintf(path, sizeof(path), "%s/kprobe_events", tfs);
	return access(path, F_OK) == 0;
}

/*
 * Does the kernel let a program attach to a function's entry (fentry)?
 * Some kernels have BTF and trampolines but refuse them (no ftrace for
 * BPF): load a program that does nothing on a function every kernel has.
 */
static bool
fbt_have_fentry(dtrace_hdl_t *dtp)
{
	struct bpf_insn prog[] = { MOV64_IMM(BPF_REG_0, 0), EXIT_INSN() };
	int id = dt_btf_func_id(dtp, "schedule"), fd;
	LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = BPF_TRACE_FENTRY);

	if (id < 0)
		return false;
	opts.attach_btf_id = (uint32_t)id;
	fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, "dt_fbt_probe", "GPL", prog, 2, &opts);
	if (fd < 0)
		return false;
	close(fd);
	return true;
}

static const char *
fbt_unavailable(dtrace_hdl_t *dtp)
{
	if (!fbt_have_kprobes(dtp) && !fbt_have_fentry(dtp))
		return "fbt needs kprobes or fentry, which this kernel does not allow";
	return "fbt probes are not supported by this version";
}

static const dt_pattr_t fbt_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
	.mod = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_ISA },
	.name = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
	.args = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_ISA },
};

const dt_provider_t dt_prov_fbt = {
	.name = "fbt",
	.prog_type = BPF_PROG_TYPE_KPROBE,
	.attr = &fbt_attr,
	.populate = fbt_populate,
	.unavailable = fbt_unavailable,
};
