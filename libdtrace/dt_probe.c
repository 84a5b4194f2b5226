/*
 * dt_probe.c -- the probe table: providers populate it (lazily, only when a
 * description can match them), descriptions are parsed and matched with
 * DTrace's glob rules, and dtrace -l lists it.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"

static const dt_provider_t *const dt_providers[] = {
	&dt_prov_dtrace, &dt_prov_profile, &dt_prov_syscall, &dt_prov_sdt, &dt_prov_fbt,
	&dt_prov_proc,
	&dt_prov_sched, &dt_prov_io,
};
#define DT_NPROVIDERS (sizeof(dt_providers) / sizeof(dt_providers[0]))

dt_probe_t *
dt_probe_create_id(dtrace_hdl_t *dtp, uint32_t id, const dt_provider_t *pv, const char *mod,
		   const char *func, const char *name, uint64_t data, uint32_t flags)
{
	dt_probe_t *prp = dt_zalloc(sizeof(*prp));

	prp->id = id;
	prp->pv = pv;
	prp->prov = dt_strdup(pv->name);
	prp->mod = dt_strdup(mod);
	prp->func = dt_strdup(func);
	prp->name = dt_strdup(name);
	prp->data = data;
	prp->flags = flags;
	prp->argc = -1;
	if (id >= dtp->nprobe_ids) {
		uint32_t n = dtp->nprobe_ids ? dtp->nprobe_ids : 256;

		while (n <= id)
			n *= 2;
		dtp->probe_by_id = dt_realloc(dtp->probe_by_id, n * sizeof(dt_probe_t *));
		memset(dtp->probe_by_id + dtp->nprobe_ids, 0,
		       (n - dtp->nprobe_ids) * sizeof(dt_probe_t *));
		dtp->nprobe_ids = n;
	}
	dtp->probe_by_id[id] = prp;
	if (id >= dtp->next_probe_id)
		dtp->next_probe_id = id + 1;
	*dtp->probe_tail = prp;
	dtp->probe_tail = &prp->next;
	return prp;
}

dt_probe_t *
dt_probe_create(dtrace_hdl_t *dtp, const dt_provider_t *pv, const char *mod, const char *func,
		const char *name, uint64_t data, uint32_t flags)
{
	return dt_probe_create_id(dtp, dtp->next_probe_id, pv, mod, func, name, data, flags);
}

dt_probe_t *
dt_probe_by_id(dtrace_hdl_t *dtp, uint32_t id)
{
	return id < dtp->nprobe_ids ? dtp->probe_by_id[id] : NULL;
}

static void
dt_probe_free_args(dt_probe_t *prp)
{
	for (int i = 0; i < prp->argc; i++) {
		free((char *)prp->argv[i].type);
		free((char *)prp->argv[i].xlate);
		free((char *)prp->argv[i].name);
	}
	free(prp->argv);
	prp->argv = NULL;
	prp->argc = -1;
}

void
dt_probe_free(dt_probe_t *prp)
{
	dt_probe_free_args(prp);
	free(prp->prov);
	free(prp->mod);
	free(prp->func);
	free(prp->name);
	free(prp);
}

/* Give a probe its typed arguments (copied; any it had are replaced). */
void
dt_probe_set_args(dt_probe_t *prp, int argc, const dt_argdesc_t *argv)
{
	dt_probe_free_args(prp);
	prp->argc = argc;
	prp->argv = argc > 0 ? dt_zalloc((size_t)argc * sizeof(dt_argdesc_t)) : NULL;
	for (int i = 0; i < argc; i++) {
		prp->argv[i].type = dt_strdup(argv[i].type);
		prp->argv[i].xlate = argv[i].xlate ? dt_strdup(argv[i].xlate) : NULL;
		prp->argv[i].name = argv[i].name ? dt_strdup(argv[i].name) : NULL;
		prp->argv[i].native = argv[i].native;
	}
}

/*
 * The number of typed arguments of a probe; the provider describes them
 * the first time they are asked for (reading a format file or BTF costs
 * more than listing the probe).
 */
int
dt_probe_args(dtrace_hdl_t *dtp, dt_probe_t *prp)
{
	if (prp->argc < 0) {
		prp->argc = 0;
		if (prp->pv->probe_args)
			prp->pv->probe_args(dtp, prp);
	}
	return prp->argc;
}

const dt_provider_t *
dt_provider_lookup(const char *name)
{
	for (size_t i = 0; i < DT_NPROVIDERS; i++)
		if (strcmp(dt_providers[i]->name, name) == 0)
			return dt_providers[i];
	return NULL;
}

/* Is there a provider of this name (pid123 for pid, and so on, later)? */
bool
dt_provider_exists(const char *name)
{
	return dt_provider_lookup(name) != NULL;
}

/*
 * Why a description that matched nothing could not: its provider exists
 * but has no probes on this kernel (fbt without kprobes).  NULL otherwise.
 */
const char *
dtrace_provider_unavailable(dtrace_hdl_t *dtp, const char *desc)
{
	dt_pdesc_t *pd;
	char err[256];

	if (dt_pdesc_parse(dtp, desc, 0, &pd, err, sizeof(err)) != 0)
		return NULL;
	for (size_t i = 0; i < DT_NPROVIDERS; i++) {
		const dt_provider_t *pv = dt_providers[i];
		const char *why;

		/* named, not matched by a glob: "*:::x" matching nothing is no news about fbt */
		if (pv->unavailable && strcmp(pd->prov, pv->name) == 0 &&
		    (why = pv->unavailable(dtp)) != NULL)
			return why;
	}
	return NULL;
}

bool
dt_glob_match(const char *pattern, const char *s)
{
	if (pattern == NULL || *pattern == '\0')
		return true;
	return fnmatch(pattern, s, 0) == 0;
}

/* Providers are populated in table order, so probe ids are stable in a run. */
static int
dt_populate(dtrace_hdl_t *dtp, const char *prov)
{
	for (size_t i = 0; i < DT_NPROVIDERS; i++) {
		const dt_provider_t *pv = dt_providers[i];

		if ((dtp->populated & (1u << i)) || !dt_glob_match(prov, pv->name))
			continue;
		/* keep earlier providers' ids fixed: populate those first */
		for (size_t j = 0; j < i; j++) {
			if (!(dtp->populated & (1u << j))) {
				dtp->populated |= 1u << j;
				if (dt_providers[j]->populate(dtp) != 0)
					return -1;
			}
		}
		dtp->populated |= 1u << i;
		if (pv->populate(dtp) != 0)
			return -1;
	}
	return 0;
}

static bool
dt_probe_matches(const dt_probe_t *prp, const dt_pdesc_t *pd)
{
	return dt_glob_match(pd->prov, prp->prov) && dt_glob_match(pd->mod, prp->mod) &&
	       dt_glob_match(pd->func, prp->func) && dt_glob_match(pd->name, prp->name);
}

int
dt_probe_match(dtrace_hdl_t *dtp, const dt_pdesc_t *pd, dt_probe_t ***out, int *nout)
{
	dt_probe_t *prp;
	int n = 0, cap = 0;
	dt_probe_t **v = NULL;

	if (dt_populate(dtp, pd->prov) != 0)
		return -1;
	for (size_t i = 0; i < DT_NPROVIDERS; i++) {
		if (dt_providers[i]->provide && dt_glob_match(pd->prov, dt_providers[i]->name))
			dt_providers[i]->provide(dtp, pd);
	}
	for (prp = dtp->probes; prp; prp = prp->next) {
		if (!dt_probe_matches(prp, pd))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = dt_realloc(v, cap * sizeof(*v));
		}
		v[n++] = prp;
	}
	*out = v;
	*nout = n;
	return 0;
}

/*
 * "prov:mod:func:name"; with fewer fields, the given ones are the rightmost
 * ("BEGIN" is a name, "read:entry" a function and a name).
 */
int
dt_pdesc_parse(dtrace_hdl_t *dtp, const char *text, int line, dt_pdesc_t **out, char *err,
	       size_t errlen)
{
	char *f[4] = { NULL, NULL, NULL, NULL };
	const char *p = text, *q;
	int n = 0, i;
	dt_pdesc_t *pd;

	for (q = text; *q; q++)
		n += (*q == ':');
	if (n > 3) {
		snprintf(err, errlen, "invalid probe description \"%s\": Overspecified probe description", text);
		return -1;
	}
	pd = dt_alloc(dtp, sizeof(*pd));
	for (i = 3 - n; i < 4; i++) {
		q = strchr(p, ':');
		if (q == NULL)
			q = p + strlen(p);
		f[i] = dt_alloc(dtp, (size_t)(q - p) + 1);
		memcpy(f[i], p, (size_t)(q - p));
		p = *q ? q + 1 : q;
	}
	for (i = 0; i < 4; i++) {
		if (f[i] == NULL)
			f[i] = dt_astrdup(dtp, "");
		else if (strchr(f[i], '$') && dt_macro_pdesc(dtp, f[i], &f[i]) != 0) {
			snprintf(err, errlen, "invalid probe description \"%s\": "
				 "Undefined macro variable in probe description", text);
			return -1;
		}
	}
	pd->prov = f[0];
	pd->mod = f[1];
	pd->func = f[2];
	pd->name = f[3];
	pd->text = dt_astrdup(dtp, text);
	pd->line = line;
	*out = pd;
	return 0;
}

int
dtrace_spec_desc(dtrace_hdl_t *dtp, char kind, const char *arg, char *buf, size_t len)
{
	int fields = kind == 'P' ? 1 : kind == 'm' ? 2 : kind == 'f' ? 3 : 4, colons = 0;

	if (kind == 'i') {
		char *end;
		unsigned long id = strtoul(arg, &end, 10);
		dt_probe_t *prp;

		if (*arg == '\0' || *end != '\0' || dt_populate(dtp, "") != 0 ||
		    (prp = dt_probe_by_id(dtp, (uint32_t)id)) == NULL) {
			dt_set_errmsg(dtp, "probe description %s does not match any probes", arg);
			return -1;
		}
		snprintf(buf, len, "%s:%s:%s:%s", prp->prov, prp->mod, prp->func, prp->name);
		return 0;
	}
	for (const char *p = arg; *p; p++)
		colons += *p == ':';
	if (colons >= fields) {
		dt_set_errmsg(dtp, "invalid probe description \"%s\": Overspecified probe description",
			      arg);
		return -1;
	}
	/* the fields not given, on the left and on the right, are empty */
	snprintf(buf, len, "%.*s%s%.*s", fields - 1 - colons, ":::", arg, 4 - fields, ":::");
	return 0;
}

static const char *const dt_stab_names[] = {
	"Internal", "Private", "Obsolete", "External", "Unstable", "Evolving", "Stable", "Standard",
};
static const char *const dt_class_names[] = {
	"Unknown", "CPU", "Platform", "Group", "ISA", "Common",
};

static dt_attr_t
dt_attr_min(dt_attr_t a, dt_attr_t b)
{
	dt_attr_t m;

	m.name = a.name < b.name ? a.name : b.name;
	m.data = a.data < b.data ? a.data : b.data;
	m.dclass = a.dclass < b.dclass ? a.dclass : b.dclass;
	return m;
}

static void
dt_attr_print(FILE *fp, const char *title, dt_attr_t a)
{
	fprintf(fp, "\n\t%s\n", title);
	fprintf(fp, "\t\tIdentifier Names: %s\n", dt_stab_names[a.name]);
	fprintf(fp, "\t\tData Semantics:   %s\n", dt_stab_names[a.data]);
	fprintf(fp, "\t\tDependency Class: %s\n", dt_class_names[a.dclass]);
}

/*
 * dtrace -lv: a probe's stability and argument types.  As in DTrace, the
 * description's attributes are the least stable of the provider's and of
 * each field the probe names (an empty field names nothing).
 */
static void
dt_list_verbose(dtrace_hdl_t *dtp, FILE *fp, dt_probe_t *prp)
{
	static const dt_pattr_t none = { { 0, 0, 0 }, { 0, 0, 0 }, { 0, 0, 0 }, { 0, 0, 0 },
					 { 0, 0, 0 } };
	const dt_pattr_t *pa = prp->pv->attr ? prp->pv->attr : &none;
	dt_attr_t a = pa->prov;
	int argc = dt_probe_args(dtp, prp);

	if (prp->mod[0] != '\0')
		a = dt_attr_min(a, pa->mod);
	if (prp->func[0] != '\0')
		a = dt_attr_min(a, pa->func);
	if (prp->name[0] != '\0')
		a = dt_attr_min(a, pa->name);
	dt_attr_print(fp, "Probe Description Attributes", a);
	dt_attr_print(fp, "Argument Attributes", pa->args);
	fprintf(fp, "\n\tArgument Types\n");
	for (int i = 0; i < argc; i++)
		fprintf(fp, "\t\targs[%d]: %s\n", i,
			prp->argv[i].xlate ? prp->argv[i].xlate : prp->argv[i].type);
	if (argc == 0)
		fprintf(fp, "\t\tNone\n");
	fprintf(fp, "\n");
}

/* -l's header, once, before the first request's probes (even if it matches none) */
void
dtrace_list_header(dtrace_hdl_t *dtp, FILE *fp)
{
	if (!dtp->printed_header) {
		fprintf(fp, "%5s %10s %17s %33s %s\n", "ID", "PROVIDER", "MODULE", "FUNCTION", "NAME");
		dtp->printed_header = true;
	}
}

static void
dt_list_probe(dtrace_hdl_t *dtp, FILE *fp, dt_probe_t *prp, bool verbose)
{
	dtrace_list_header(dtp, fp);
	fprintf(fp, "%5u %10s %17s %33s %s\n", prp->id, prp->prov, prp->mod, prp->func, prp->name);
	if (verbose)
		dt_list_verbose(dtp, fp, prp);
}

/* dtrace -l -s: the probes each clause of a compiled program matched, clause by clause. */
int
dtrace_program_list(dtrace_hdl_t *dtp, dtrace_prog_t *pgp, FILE *fp, bool verbose)
{
	int n = 0;
	dt_clause_t *clp = pgp->clauses;

	dtrace_list_header(dtp, fp);
	for (int i = 0; i < pgp->nclauses && clp; i++, clp = clp->next) {
		for (int k = 0; k < clp->nprobes; k++, n++)
			dt_list_probe(dtp, fp, clp->probes[k], verbose);
	}
	return n;
}

int
dtrace_list_probes(dtrace_hdl_t *dtp, FILE *fp, const char *desc, bool verbose)
{
	dt_pdesc_t *pd = NULL;
	dt_probe_t **v;
	int n;

	if (dt_pdesc_parse(dtp, desc ? desc : "", 0, &pd, dtp->errmsg, sizeof(dtp->errmsg)) != 0)
		return -1;
	if (dt_probe_match(dtp, pd, &v, &n) != 0)
		return -1;
	dtrace_list_header(dtp, fp);
	for (int i = 0; i < n; i++)
		dt_list_probe(dtp, fp, v[i], verbose);
	free(v);
	return n;
}
