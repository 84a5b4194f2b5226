/*
 * dt_prov_profile.c -- the profile provider: profile-N (every CPU) and
 * tick-N (one CPU), on CPU-clock perf events.  Probes are created when a
 * description names one ("tick-1s", "profile-997hz", "tick-10ms").
 */
#include <ctype.h>
#include <errno.h>
#include <linux/perf_event.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

#define PROF_ALLCPUS 1

/* "tick-10ms" -> period in ns and whether it is per-CPU; -1 if not a profile name. */
static int
prof_parse(const char *name, uint64_t *period, uint32_t *flags)
{
	const char *p;
	char *end;
	unsigned long long n;
	int64_t unit;

	if (strncmp(name, "tick-", 5) == 0) {
		*flags = 0;
		p = name + 5;
	} else if (strncmp(name, "profile-", 8) == 0) {
		*flags = PROF_ALLCPUS;
		p = name + 8;
	} else {
		return -1;
	}
	if (!isdigit((unsigned char)*p))
		return -1;
	n = strtoull(p, &end, 10);
	if (n == 0)
		return -1;
	/* no unit: a frequency, as hz */
	unit = *end == '\0' ? 0 : dt_time_unit(end);
	if (unit < 0)
		return -1;
	*period = unit ? n * (uint64_t)unit : 1000000000ull / n;
	/* DTrace's lower bound on the period: 200 us */
	return *period >= 200000 ? 0 : -1;
}

static dt_probe_t *
prof_create(dtrace_hdl_t *dtp, const char *name)
{
	uint64_t period;
	uint32_t flags;

	if (prof_parse(name, &period, &flags) != 0)
		return NULL;
	for (dt_probe_t *prp = dtp->probes; prp; prp = prp->next)
		if (prp->pv == &dt_prov_profile && strcmp(prp->name, name) == 0)
			return prp;
	return dt_probe_create(dtp, &dt_prov_profile, "", "", name, period, flags);
}

static int
prof_populate(dtrace_hdl_t *dtp)
{
	static const char *const std[] = {
		"profile-97", "profile-199", "profile-499", "profile-997", "profile-1999",
		"profile-4001", "profile-4999", "tick-1", "tick-10", "tick-100", "tick-500",
		"tick-1000", "tick-5000", "tick-1s", "tick-10s",
	};

	for (size_t i = 0; i < sizeof(std) / sizeof(std[0]); i++)
		prof_create(dtp, std[i]);
	return 0;
}

static void
prof_provide(dtrace_hdl_t *dtp, const dt_pdesc_t *pd)
{
	if (strpbrk(pd->name, "*?[") == NULL && (pd->mod[0] == '\0' && pd->func[0] == '\0'))
		prof_create(dtp, pd->name);
}

static uint64_t
prof_attach_key(const dt_probe_t *prp)
{
	return prp->id;
}

static uint32_t
prof_nlocal(const dt_attach_t *ap)
{
	return 1;
}

static uint32_t
prof_local_index(const dt_probe_t *prp)
{
	return 0;
}

/* arg0 = kernel PC (0 in user mode), arg1 = user PC (0 in kernel mode). */
static void
prof_gen_prologue(dtrace_hdl_t *dtp, dt_attach_t *ap, dt_insnbuf_t *ib, uint32_t uses)
{
	/* offsets of ip and cs in x86-64 pt_regs, the start of bpf_perf_event_data */
	const int16_t ip = 128, cs = 136;

	dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, DCTX_PRID, (int32_t)ap->probes[0]->id));
	dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_LOCAL, 0));
	if (!(uses & DT_USES_ARGS))
		return;
	for (int i = 0; i < 10; i++)
		dt_ib_emit(ib, ST_MEM(BPF_DW, BPF_REG_10, DCTX_ARG(i), 0));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_2, BPF_REG_1, ip));
	dt_ib_emit(ib, LDX_MEM(BPF_DW, BPF_REG_3, BPF_REG_1, cs));
	dt_ib_emit(ib, ALU64_IMM(BPF_AND, BPF_REG_3, 3));
	dt_ib_emit(ib, JMP_IMM(BPF_JNE, BPF_REG_3, 0, 2));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(0)));
	dt_ib_emit(ib, JA(1));
	dt_ib_emit(ib, STX_MEM(BPF_DW, BPF_REG_10, BPF_REG_2, DCTX_ARG(1)));
}

static int
prof_attach(dtrace_hdl_t *dtp, dt_attach_t *ap)
{
	dt_probe_t *prp = ap->probes[0];
	struct perf_event_attr attr;
	int ncpus = (int)sysconf(_SC_NPROCESSORS_ONLN);

	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = PERF_TYPE_SOFTWARE;
	attr.config = PERF_COUNT_SW_CPU_CLOCK;
	attr.sample_period = prp->data;
	attr.disabled = 1;
	for (int cpu = 0; cpu < ncpus; cpu++) {
		int fd = (int)syscall(SYS_perf_event_open, &attr, -1, cpu, -1, PERF_FLAG_FD_CLOEXEC);

		if (fd < 0) {
			if (errno == ENODEV || errno == EINVAL)
				continue; /* CPU offline */
			dt_set_errmsg(dtp, "could not enable tracing: perf_event_open for profile:::%s: %s",
				      prp->name, strerror(errno));
			return -1;
		}
		dt_attach_add_fd(ap, fd);
		if (ioctl(fd, PERF_EVENT_IOC_SET_BPF, ap->prog_fd) != 0 ||
		    ioctl(fd, PERF_EVENT_IOC_ENABLE, 0) != 0) {
			dt_set_errmsg(dtp, "could not enable tracing: attaching profile:::%s: %s",
				      prp->name, strerror(errno));
			return -1;
		}
		if (!(prp->flags & PROF_ALLCPUS))
			break;
	}
	return 0;
}

static const dt_pattr_t prof_attr = {
	.prov = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
	.mod = { DT_STAB_UNSTABLE, DT_STAB_UNSTABLE, DT_CLASS_COMMON },
	.func = { DT_STAB_PRIVATE, DT_STAB_PRIVATE, DT_CLASS_UNKNOWN },
	.name = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
	.args = { DT_STAB_EVOLVING, DT_STAB_EVOLVING, DT_CLASS_COMMON },
};

const dt_provider_t dt_prov_profile = {
	.name = "profile",
	.prog_type = BPF_PROG_TYPE_PERF_EVENT,
	.attr = &prof_attr,
	.populate = prof_populate,
	.provide = prof_provide,
	.attach_key = prof_attach_key,
	.nlocal = prof_nlocal,
	.local_index = prof_local_index,
	.gen_prologue = prof_gen_prologue,
	.attach = prof_attach,
	/* perf events give the interrupted registers: no frames of ours */
	.stack_skip = 0,
};
