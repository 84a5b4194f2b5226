/*
 * dt_open.c -- the handle: open/close, options, and the compile entry points
 * that run the parser, the semantic pass and the code generator.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "dt_impl.h"
#include "dt_decl.h"
#include "dt_pcb.h"
#include "dt_printf.h"

int dt_yyparse(dt_pcb_t *pcb);

void *
dt_zalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);

	if (p == NULL) {
		fprintf(stderr, "dtrace: out of memory\n");
		abort();
	}
	return p;
}

void *
dt_realloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL) {
		fprintf(stderr, "dtrace: out of memory\n");
		abort();
	}
	return p;
}

char *
dt_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(dt_zalloc(n), s, n);
}

void
dt_set_errmsg(dtrace_hdl_t *dtp, const char *fmt, ...)
{
	char buf[sizeof(dtp->errmsg)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	memcpy(dtp->errmsg, buf, sizeof(buf));
}

const char *
dtrace_errmsg(dtrace_hdl_t *dtp)
{
	return dtp->errmsg;
}

/* Strings are kept NUL-terminated and 8-byte aligned (bpf_strncmp reads them whole). */
uint32_t
dt_strtab_add(dt_strtab_t *st, const char *s)
{
	size_t n = strlen(s) + 1, off;

	for (off = 0; off + n <= st->len; off += 8) {
		if (memcmp(st->data + off, s, n) == 0)
			return (uint32_t)off;
	}
	off = st->len;
	if (off + n + 8 > st->cap) {
		st->cap = (off + n + 8) * 2;
		st->data = dt_realloc(st->data, st->cap);
	}
	memset(st->data + off, 0, (n + 7) & ~(size_t)7);
	memcpy(st->data + off, s, n);
	st->len = off + ((n + 7) & ~(size_t)7);
	return (uint32_t)off;
}

dtrace_hdl_t *
dtrace_open(int *errp)
{
	dtrace_hdl_t *dtp = dt_zalloc(sizeof(*dtp));
	struct timespec rt, mono;

	if (errp)
		*errp = 0;
	dtp->strsize = 256;
	dtp->bufsize = 4 << 20;
	dtp->probe_tail = &dtp->probes;
	dtp->clause_tail = &dtp->clauses;
	dtp->next_probe_id = 1;
	/* offset 0: the "exiting" flag; 8: threads with a copyinstr() retry pending */
	dtp->global_size = 16;
	dtp->map_global = dtp->map_buf = dtp->map_rb = dtp->map_drops = -1;
	dtp->map_strtab = dtp->map_guard = dtp->map_pdesc = dtp->map_tls = dtp->map_zero =
		dtp->map_defer = -1;
	dtp->map_scratch = -1;
	dtp->selfarr_prog = dtp->selfarr_link = -1;
	dtp->dynvarsize = 1024 * 1024;
	dtp->aggsize = 4 * 1024 * 1024;
	dtp->aggrate = dtp->switchrate = dtp->statusrate = 1000000000;	/* 1hz */
	/* DTrace's defaults: one speculation of 32 KB per CPU, cleaned at 101 Hz */
	dtp->nspec = 1;
	dtp->specsize = 32 * 1024;
	dtp->cleanrate = 9900990;
	dtp->map_spec = dtp->map_specbytes = -1;
	dtp->stackframes = 20;
	dtp->stackindent = 14;
	dtp->epfd = -1;
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_MONOTONIC, &mono);
	dtp->wall_offset = ((uint64_t)rt.tv_sec * 1000000000ull + (uint64_t)rt.tv_nsec) -
			   ((uint64_t)mono.tv_sec * 1000000000ull + (uint64_t)mono.tv_nsec);
	if (dt_type_init(dtp) != 0) {
		if (errp)
			*errp = EINVAL;
		dtrace_close(dtp);
		return NULL;
	}
	return dtp;
}

static void
dt_free_clause(dt_clause_t *clp)
{
	dt_actdesc_t *ap, *next;

	free(clp->probes);
	free(clp->lines);
	dt_ib_free(&clp->code);
	for (ap = clp->acts; ap; ap = next) {
		next = ap->next;
		if (ap->pfv)
			dt_printf_free(ap->pfv);
		free(ap->data);
		free(ap->aggs);
		free(ap);
	}
}

void
dtrace_close(dtrace_hdl_t *dtp)
{
	dt_probe_t *prp, *pnext;
	struct dt_program *pgp, *gnext;

	if (dtp == NULL)
		return;
	if (dtp->rb)
		ring_buffer__free(dtp->rb);
	dt_unload(dtp);
	if (dtp->epfd >= 0)
		close(dtp->epfd);
	for (int i = 0; i < dtp->nwatch; i++)
		if (dtp->watch_fds[i] >= 0)
			close(dtp->watch_fds[i]);
	free(dtp->drops);
	free(dtp->agg_drops);
	for (dt_clause_t *clp = dtp->clauses; clp; clp = clp->next)
		dt_free_clause(clp);
	for (pgp = dtp->programs; pgp; pgp = gnext) {
		gnext = pgp->next;
		free(pgp);
	}
	for (prp = dtp->probes; prp; prp = pnext) {
		pnext = prp->next;
		dt_probe_free(prp);
	}
	dt_type_fini(dtp);
	dt_cpp_fini(dtp);
	dt_ksyms_fini(dtp);
	free(dtp->macro_ref);
	free(dtp->probe_by_id);
	free(dtp->strtab.data);
	free(dtp->epids);
	free(dtp->watch_fds);
	free(dtp->watch_pids);
	dt_arena_free(dtp);
	free(dtp);
}

/* Sizes: a number with an optional k/m/g/t suffix. */
static int
dt_parse_size(const char *v, uint64_t *out)
{
	char *end;
	unsigned long long n;

	if (v == NULL || !isdigit((unsigned char)*v))
		return -1;
	errno = 0;
	n = strtoull(v, &end, 0);
	if (errno != 0)
		return -1;
	switch (tolower((unsigned char)*end)) {
	case 't': n <<= 10; /* FALLTHROUGH */
	case 'g': n <<= 10; /* FALLTHROUGH */
	case 'm': n <<= 10; /* FALLTHROUGH */
	case 'k': n <<= 10; end++; break;
	case '\0': break;
	default: return -1;
	}
	if (*end != '\0')
		return -1;
	*out = n;
	return 0;
}

/*
 * Options that are on or off (and the sort positions): no value or a
 * number sets them (as in DTrace, even "0"), yes/no-style words set or
 * unset them.
 */
#define DT_OPT_UNSET (-2)

static int
dt_parse_flag(const char *v, int64_t *out)
{
	static const char *const words[][2] = {
		{ "yes", "no" }, { "enable", "disable" }, { "enabled", "disabled" },
		{ "true", "false" }, { "on", "off" }, { "set", "unset" },
	};
	char *end;
	long long n;

	*out = 0;
	if (v == NULL)
		return 0;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (strcasecmp(v, words[i][0]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcasecmp(v, words[i][1]) == 0) {
			*out = DT_OPT_UNSET;
			return 0;
		}
	}
	errno = 0;
	n = strtoll(v, &end, 0);
	if (*v == '\0' || *end != '\0' || errno != 0 || n < 0)
		return -1;
	*out = n;
	return 0;
}

/*
 * DTrace's time units, for rates and profile-N: the nanoseconds one unit
 * stands for, 0 for hz (a frequency), -1 when the suffix is not a unit.
 */
int64_t
dt_time_unit(const char *suffix)
{
	static const struct {
		const char *unit;
		int64_t ns;
	} units[] = {
		{ "ns", 1 }, { "nsec", 1 }, { "us", 1000 }, { "usec", 1000 },
		{ "ms", 1000000 }, { "msec", 1000000 }, { "s", 1000000000ll },
		{ "sec", 1000000000ll }, { "m", 60000000000ll }, { "min", 60000000000ll },
		{ "h", 3600000000000ll }, { "hour", 3600000000000ll },
		{ "d", 86400000000000ll }, { "day", 86400000000000ll }, { "hz", 0 },
	};

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcasecmp(suffix, units[i].unit) == 0)
			return units[i].ns;
	return -1;
}

/* Rates: nanoseconds, a period with a unit, or a frequency in hz. */
static int
dt_parse_rate(const char *v, uint64_t *out)
{
	char *end;
	unsigned long long n;
	int64_t unit;

	if (v == NULL || !isdigit((unsigned char)*v))
		return -1;
	errno = 0;
	n = strtoull(v, &end, 0);
	unit = *end == '\0' ? 1 : dt_time_unit(end);
	if (errno != 0 || unit < 0)
		return -1;
	*out = unit == 0 ? (n ? 1000000000ull / n : 0) : n * (uint64_t)unit;
	return 0;
}

int
dtrace_setopt(dtrace_hdl_t *dtp, const char *name, const char *value)
{
	uint64_t n;
	int rc;

	/* what sizes buffers and maps cannot change once they exist */
	static const char *const load_opts[] = {
		"aggsize", "bufpolicy", "bufresize", "bufsize", "cleanrate", "cpu", "destructive",
		"dynvarsize", "nspec", "specsize", "stackframes", "statusrate", "strsize",
		"ustackframes",
	};

	if (dtp->loaded)
		for (size_t i = 0; i < sizeof(load_opts) / sizeof(load_opts[0]); i++)
			if (strcmp(name, load_opts[i]) == 0) {
				dt_set_errmsg(dtp, "Operation illegal when tracing is active");
				return -1;
			}
	if ((rc = dt_macro_setopt(dtp, name, value)) <= 0 || (rc = dt_cpp_setopt(dtp, name, value)) <= 0)
		return rc;
	if (strcmp(name, "quiet") == 0) {
		int64_t v;

		if (dt_parse_flag(value, &v) != 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		dtp->quiet = v != DT_OPT_UNSET;
		return 0;
	}
	if (strcmp(name, "bpflog") == 0) {
		dtp->bpflog = true;
		return 0;
	}
	if (strcmp(name, "errtags") == 0) {
		dtp->errtags = true;
		return 0;
	}
	if (strcmp(name, "zdefs") == 0) {
		dtp->zdefs = true;
		return 0;
	}
	if (strcmp(name, "aggsortkey") == 0 || strcmp(name, "aggsortrev") == 0 ||
	    strcmp(name, "aggpercpu") == 0) {
		int64_t v;

		if (dt_parse_flag(value, &v) != 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		*(name[3] == 'p' ? &dtp->aggpercpu :
		  name[7] == 'k' ? &dtp->aggsortkey : &dtp->aggsortrev) = v != DT_OPT_UNSET;
		return 0;
	}
	if (strcmp(name, "aggsortpos") == 0 || strcmp(name, "aggsortkeypos") == 0) {
		int64_t v;

		if (dt_parse_flag(value, &v) != 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		/* unset (or "no") sorts from the first, as no option does */
		*(name[7] == 'k' ? &dtp->aggsortkeypos : &dtp->aggsortpos) =
			v == DT_OPT_UNSET ? 0 : v;
		return 0;
	}
	if (strcmp(name, "aggrate") == 0 || strcmp(name, "switchrate") == 0 ||
	    strcmp(name, "statusrate") == 0) {
		if (dt_parse_rate(value, &n) != 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		*(name[0] == 'a' ? &dtp->aggrate : name[1] == 'w' ? &dtp->switchrate :
		  &dtp->statusrate) = n;
		return 0;
	}
	if (strcmp(name, "dynvarsize") == 0 || strcmp(name, "aggsize") == 0) {
		if (dt_parse_size(value, &n) != 0 || n == 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		*(name[0] == 'd' ? &dtp->dynvarsize : &dtp->aggsize) = n;
		return 0;
	}
	if (strcmp(name, "strsize") == 0 || strcmp(name, "bufsize") == 0) {
		if (dt_parse_size(value, &n) != 0 || n == 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		if (name[0] == 's') {
			if (n > 4096) {
				dt_set_errmsg(dtp, "Invalid value for specified option");
				return -1;
			}
			dtp->strsize = n;
		} else {
			dtp->bufsize = n;
		}
		return 0;
	}
	/* speculations (dt_spec.c): how many, bytes each holds per CPU, cleaning rate */
	if (strcmp(name, "nspec") == 0 || strcmp(name, "specsize") == 0) {
		if (dt_parse_size(value, &n) != 0 || (name[0] == 'n' && n > DT_NSPEC_MAX)) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		*(name[0] == 'n' ? &dtp->nspec : &dtp->specsize) = n;
		return 0;
	}
	if (strcmp(name, "cleanrate") == 0) {
		if (dt_parse_rate(value, &n) != 0) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		/* DTrace's bounds: 5000 times a second .. once a minute (0: the default) */
		dtp->cleanrate = n == 0 ? 9900990 : n < 200000 ? 200000 : n > 60000000000ull ?
				 60000000000ull : n;
		return 0;
	}
	if (strcmp(name, "stackframes") == 0 || strcmp(name, "stackindent") == 0) {
		/* DTrace takes any number here; a depth of 0 would record nothing */
		if (dt_parse_size(value, &n) != 0 || (name[5] == 'f' && n == 0)) {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		*(name[5] == 'f' ? &dtp->stackframes : &dtp->stackindent) = n;
		return 0;
	}
	dt_set_errmsg(dtp, "Invalid option name");
	return -1;
}

int
dtrace_getopt(dtrace_hdl_t *dtp, const char *name, int64_t *valp)
{
	if (strcmp(name, "quiet") == 0)
		*valp = dtp->quiet;
	else if (strcmp(name, "strsize") == 0)
		*valp = (int64_t)dtp->strsize;
	else if (strcmp(name, "bufsize") == 0)
		*valp = (int64_t)dtp->bufsize;
	else if (strcmp(name, "dynvarsize") == 0)
		*valp = (int64_t)dtp->dynvarsize;
	else if (strcmp(name, "aggsize") == 0)
		*valp = (int64_t)dtp->aggsize;
	else if (strcmp(name, "aggrate") == 0)
		*valp = (int64_t)dtp->aggrate;
	else if (strcmp(name, "aggsortpos") == 0)
		*valp = dtp->aggsortpos;
	else if (strcmp(name, "aggsortkeypos") == 0)
		*valp = dtp->aggsortkeypos;
	else if (strcmp(name, "stackframes") == 0)
		*valp = (int64_t)dtp->stackframes;
	else {
		dt_set_errmsg(dtp, "Invalid option name");
		return -1;
	}
	return 0;
}

void
dtrace_set_target(dtrace_hdl_t *dtp, pid_t pid)
{
	dtp->target = pid;
}

void
dtrace_set_macro_args(dtrace_hdl_t *dtp, int argc, char *const argv[])
{
	dtp->macro_argc = argc;
	dtp->macro_argv = (char **)argv;
}

const char *
dt_errtag_name(dt_errtag_t tag)
{
	static const char *const names[] = {
#define DT_ERRTAG_NAME(t) #t,
		DT_ERRTAG_LIST(DT_ERRTAG_NAME)
#undef DT_ERRTAG_NAME
	};

	return (unsigned)tag < D_NTAGS ? names[tag] : "D_UNKNOWN";
}

/*
 * A compile error, in DTrace's form: the script (or -n text), the tag when
 * -xerrtags asks for it, then where: "line N: " in a script (when the line
 * is known), else "in predicate: " or "in action list: " while a clause's
 * predicate or actions are checked (-n programs have no lines), then the
 * message.
 */
void
dt_compile_error(dtrace_hdl_t *dtp, int line, dt_errtag_t tag, const char *fmt, ...)
{
	char msg[900], tagbuf[48] = "", where[320] = "";
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (dtp->errtags)
		snprintf(tagbuf, sizeof(tagbuf), "[%s] ", dt_errtag_name(tag));
	if (dtp->cur_spec == DTRACE_PROBESPEC_NAME)
		line = 0;
	if (line != 0 && dtp->cur_file != NULL)
		snprintf(where, sizeof(where), "\"%s\", line %d: ", dtp->cur_file, line);
	else if (line != 0)
		snprintf(where, sizeof(where), "line %d: ", line);
	else if (dtp->cur_region != NULL)
		snprintf(where, sizeof(where), "in %s: ", dtp->cur_region);
	if (dtp->cur_spec == DTRACE_PROBESPEC_NAME)
		dt_set_errmsg(dtp, "invalid probe specifier %s: %s%s%s", dtp->cur_name, tagbuf,
			      where, msg);
	else
		dt_set_errmsg(dtp, "failed to compile script %s: %s%s%s", dtp->cur_name,
			      tagbuf, where, msg);
}

void
dt_pcb_error(dt_pcb_t *pcb, int line, dt_errtag_t tag, const char *fmt, ...)
{
	char msg[900];
	va_list ap;

	if (pcb->failed)
		return;
	pcb->failed = true;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	dt_compile_error(pcb->dtp, line, tag, "%s", msg);
}

static dtrace_prog_t *dt_compile(dtrace_hdl_t *dtp, const char *text, size_t len,
				 dtrace_probespec_t spec, const char *name);

/*
 * The D library (dt_dlib.c), compiled once, before the first program that
 * needs it: one naming its identifiers (seen in the text, before parsing)
 * or using a probe argument its translators give (when args[] is rewritten
 * to a translated type: the compilation that asked is under way, and what
 * the handle holds of it is put back after).  It declares types, translators
 * and inlines only: its empty program is dropped.
 */
int
dt_dlib_require(dtrace_hdl_t *dtp)
{
	struct dt_program *pgp;
	const char *src, *name = dtp->cur_name, *region = dtp->cur_region, *file = dtp->cur_file;
	dtrace_probespec_t spec = dtp->cur_spec;
	bool *ref = dtp->macro_ref, argref = dtp->argref;
	size_t srclen;
	int rc = 0;

	if (dtp->dlib_loaded)
		return 0;
	dtp->dlib_loaded = true;
	/*
	 * The library may be wanted in the middle of another program's
	 * checking (args[] of a sched or io probe): what the compiler keeps
	 * of that program is put back afterwards.
	 */
	dtp->macro_ref = NULL;
	/* the library uses no macro argument: the user's program is checked for that */
	dtp->argref = true;
	src = dt_dlib_source(&srclen);
	pgp = dt_compile(dtp, src, srclen, DTRACE_PROBESPEC_NONE, "<D library>");
	if (pgp == NULL) {
		rc = -1;
	} else {
		dtp->programs = pgp->next;
		free(pgp);
	}
	free(dtp->macro_ref);
	dtp->macro_ref = ref;
	dtp->argref = argref;
	dtp->cur_name = name;
	dtp->cur_spec = spec;
	dtp->cur_region = region;
	dtp->cur_file = file;
	return rc;
}

static dtrace_prog_t *
dt_compile(dtrace_hdl_t *dtp, const char *text, size_t len, dtrace_probespec_t spec,
	   const char *name)
{
	dt_pcb_t pcb;
	dt_clause_t *clp;
	struct dt_program *pgp;
	int rc, endline, k;

	if (dt_dlib_wanted(text, len) && dt_dlib_require(dtp) != 0)
		return NULL;

	memset(&pcb, 0, sizeof(pcb));
	pcb.dtp = dtp;
	pcb.name = dt_astrdup(dtp, name);
	{
		char *copy = dt_alloc(dtp, len + 1);

		memcpy(copy, text, len);
		copy[len] = '\0';
		pcb.text = copy;
	}
	pcb.spec = spec;
	pcb.tail = &pcb.clauses;
	dtp->cur_name = pcb.name;
	dtp->cur_spec = spec;
	dtp->cur_region = NULL;
	dtp->errmsg[0] = '\0';
	dtp->cur_file = NULL;
	dt_macro_begin(dtp);

	if (dt_lex_init(&pcb, text, len) != 0) {
		dt_set_errmsg(dtp, "failed to initialize the lexer");
		return NULL;
	}
	rc = dt_yyparse(&pcb);
	endline = dt_lex_line(&pcb);
	dt_lex_fini(&pcb);
	dt_decl_pcb_fini(&pcb);
	dtp->cur_file = NULL;   /* later errors give the line only, as DTrace's do */
	if (rc != 0 || pcb.failed) {
		if (dtp->errmsg[0] == '\0')
			dt_compile_error(dtp, 0, D_SYNTAX, "syntax error");
		/* parsed clauses are not kept: free their descriptions */
		for (clp = pcb.clauses; clp; clp = clp->next)
			dt_free_clause(clp);
		return NULL;
	}

	pgp = dt_zalloc(sizeof(*pgp));
	pgp->clauses = pcb.clauses;
	pgp->nclauses = pcb.nclauses;
	/*
	 * Every clause is checked before any is compiled, so that what the
	 * whole program says of an aggregation (the width of its string keys)
	 * is known when its code is made.
	 */
	k = 0;
	for (clp = pcb.clauses; clp; clp = clp->next)
		clp->idx = dtp->nclauses + k++;
	for (clp = pcb.clauses; clp; clp = clp->next)
		if (dt_sema_clause(dtp, clp) != 0)
			break;
	for (dt_clause_t *c = clp == NULL ? pcb.clauses : NULL; c; c = c->next) {
		if (dt_cg_clause(dtp, c) != 0) {
			clp = c;
			break;
		}
		pgp->matches += (unsigned)c->nprobes;
	}
	if (clp != NULL || dt_macro_check_unused(dtp, endline) != 0) {
		for (clp = pcb.clauses; clp; clp = clp->next)
			dt_free_clause(clp);
		free(pgp);
		return NULL;
	}
	dtp->nclauses += k;
	/* the program's clauses join the handle's, in order */
	*dtp->clause_tail = pcb.clauses;
	if (pcb.clauses)
		dtp->clause_tail = pcb.tail;
	pgp->next = dtp->programs;
	dtp->programs = pgp;
	return pgp;
}

dtrace_prog_t *
dtrace_program_strcompile(dtrace_hdl_t *dtp, const char *text, dtrace_probespec_t spec,
			  const char *name)
{
	return dt_compile(dtp, text, strlen(text), spec, name ? name : text);
}

dtrace_prog_t *
dtrace_program_fcompile(dtrace_hdl_t *dtp, FILE *fp, const char *name)
{
	char *buf = NULL;
	size_t len = 0, cap = 0, n;
	dtrace_prog_t *pgp;

	do {
		if (cap - len < 4096) {
			cap = cap ? cap * 2 : 8192;
			buf = dt_realloc(buf, cap);
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
	} while (n > 0);
	if (ferror(fp)) {
		dt_set_errmsg(dtp, "failed to read script %s: %s", name, strerror(errno));
		free(buf);
		return NULL;
	}
	if (dtp->cpp) {
		char *out;
		size_t outlen;

		dtp->cur_name = name;
		dtp->cur_spec = DTRACE_PROBESPEC_NONE;
		if (dt_cpp_run(dtp, buf, len, &out, &outlen) != 0) {
			free(buf);
			return NULL;
		}
		free(buf);
		buf = out;
		len = outlen;
	}
	pgp = dt_compile(dtp, buf, len, DTRACE_PROBESPEC_NONE, name);
	free(buf);
	return pgp;
}

int
dtrace_program_exec(dtrace_hdl_t *dtp, dtrace_prog_t *pgp, dtrace_proginfo_t *pip)
{
	if (pip)
		pip->matches = pgp->matches;
	return 0;
}
