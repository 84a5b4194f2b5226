/*
 * dt_prov_fbt.c -- the fbt provider (kernel function entry and return).
 *
 * Its probes need kprobes (or fentry trampolines, which this version does
 * not use).  Whether the kernel has kprobes is detected, not assumed: the
 * kprobe PMU or tracefs's kprobe_events.  Without them the provider lists
 * no probes, and a program naming one is refused with the reason.
 */
#include <stdio.h>
#include <unistd.h>
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

static const char *
fbt_unavailable(dtrace_hdl_t *dtp)
{
	if (!fbt_have_kprobes(dtp))
		return "fbt needs kprobes, which this kernel does not have";
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
