/*
 * dt_consume.c -- the consumer: decode ring-buffer records by their EPID's
 * description and print them as DTrace does; report faults and drops.
 */
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dt_impl.h"
#include "dt_printf.h"

#define DT_EPID_FAULT 0xffffffffu

/* A fault record, written by a clause's fault path (see dt_cg.c). */
typedef struct dt_faultrec {
	dt_rechdr_t hdr;
	uint32_t epid;
	uint32_t info;   /* action << 16 | fault type */
	uint64_t addr;
	uint64_t pc;
} dt_faultrec_t;

/* DTrace's names of the fault types (DTRACEFLT_*, ERROR's arg4). */
static const char *
dt_fault_name(uint32_t type)
{
	switch (type) {
	case 1: return "invalid address";
	case 2: return "invalid alignment";
	case 3: return "illegal operation";
	case 4: return "divide-by-zero";
	case 5: return "out of scratch space";
	case 6: return "invalid kernel access";
	case 7: return "invalid user access";
	case 8: return "tuple stack overflow";
	case 9: return "bad stack";
	default: return "unknown fault";
	}
}

/* Sign- or zero-extend a recorded integer from its type. */
static int64_t
dt_int_value(const void *p, dt_type_t t)
{
	int64_t v;

	memcpy(&v, p, sizeof(v));
	switch (t.size) {
	case 1: return t.sign ? (int64_t)(int8_t)v : (int64_t)(uint8_t)v;
	case 2: return t.sign ? (int64_t)(int16_t)v : (int64_t)(uint16_t)v;
	case 4: return t.sign ? (int64_t)(int32_t)v : (int64_t)(uint32_t)v;
	default: return v;
	}
}

static void
dt_datum_value(const dt_datum_t *d, const char *data, size_t size, dt_pfval_t *out)
{
	out->type = d->type;
	out->value = 0;
	out->str = "";
	if (d->isconst) {
		out->value = d->value;
		out->str = d->str ? d->str : "";
		return;
	}
	if (d->offset + 8 > size && d->type.kind != DT_TK_STRING)
		return;
	if (d->type.kind == DT_TK_STRING) {
		/* recorded strings are NUL-terminated within their size */
		out->str = data + d->offset;
		return;
	}
	out->value = dt_int_value(data + d->offset, d->type);
}

/*
 * trace( ): a value in a field whose width depends on its size (DTrace
 * reads 1- and 2-byte values as unsigned, 4- and 8-byte ones as signed);
 * a struct, union or array of another size as a string or a hex dump.
 */
static void
dt_print_trace(dtrace_hdl_t *dtp, FILE *fp, const dt_datum_t *d, const dt_pfval_t *v,
	       const char *data, size_t size)
{
	int64_t x = v->value;
	uint32_t n = v->type.size;

	if (v->type.kind == DT_TK_STRING) {
		if (dtp->quiet)
			fprintf(fp, "%s", v->str);
		else
			fprintf(fp, "  %-33s", v->str);
		return;
	}
	if (v->type.kind == DT_TK_STRUCT || v->type.kind == DT_TK_UNION ||
	    v->type.kind == DT_TK_ARRAY) {
		if (d->offset + (size_t)n > size)
			return;
		if (n != 1 && n != 2 && n != 4 && n != 8) {
			dt_print_bytes(fp, data + d->offset, n, -33, dtp->quiet);
			return;
		}
		x = 0;
		memcpy(&x, data + d->offset, n);
	}
	switch (n) {
	case 1: fprintf(fp, dtp->quiet ? "%d" : " %3d", (int)(uint8_t)x); break;
	case 2: fprintf(fp, dtp->quiet ? "%d" : " %5d", (int)(uint16_t)x); break;
	case 4: fprintf(fp, dtp->quiet ? "%d" : " %8d", (int)(int32_t)x); break;
	default: fprintf(fp, dtp->quiet ? "%lld" : " %16lld", (long long)x); break;
	}
}

/*
 * print( ): the value as its type shows it.  A constant is laid out as
 * it would have been recorded (8 bytes for an integer, strsize for a string).
 */
static void
dt_print_action(dtrace_hdl_t *dtp, FILE *fp, const dt_datum_t *d, const char *data,
		size_t size)
{
	if (d->isconst) {
		if (d->str != NULL) {
			size_t n = (size_t)dtp->strsize + 1;
			char *s = dt_zalloc(n);

			strncpy(s, d->str, n - 1);
			dt_print_typed(dtp, fp, d->type, s, n - 1);
			free(s);
		} else {
			dt_print_typed(dtp, fp, d->type, &d->value, sizeof(d->value));
		}
		return;
	}
	if (d->offset > size)
		return;
	dt_print_typed(dtp, fp, d->type, data + d->offset, size - d->offset);
}

/* tracemem(addr, size [, dsize]): dsize bytes when 0 < dsize < size, else size. */
static void
dt_print_tracemem(FILE *fp, const dt_actdesc_t *ap, const dt_pfval_t *vals, const char *data,
		  size_t size)
{
	const dt_datum_t *d = &ap->data[0];
	uint64_t n = d->size;

	if ((size_t)d->offset + d->size > size)
		return;
	if (ap->ndata > 1 && vals[1].value != 0 && (uint64_t)vals[1].value < n)
		n = (uint64_t)vals[1].value;
	dt_print_rawbytes(fp, (const unsigned char *)data + d->offset, (size_t)n);
}

/*
 * stack(): a newline, then a frame per line; func()/sym() and mod(): the
 * symbol or module in "  %-50s", as DTrace prints them, quiet or not.
 */
static void
dt_print_stackfunc(dtrace_hdl_t *dtp, FILE *fp, const dt_datum_t *d, const char *data, size_t size)
{
	char buf[1024];
	uint64_t addr = (uint64_t)d->value;

	if (d->type.kind == DT_TK_STACK) {
		uint64_t *pcs;

		if (d->offset + d->size > size)
			return;
		/* a copy: records are not aligned for 64-bit reads */
		pcs = dt_zalloc(d->size);
		memcpy(pcs, data + d->offset, d->size);
		dt_ksym_stack_canon(dtp, pcs, d->size / 8, d->type.size / 8);
		dt_ksym_print_stack(dtp, fp, pcs, d->type.size / 8);
		free(pcs);
		return;
	}
	if (!d->isconst) {
		if (d->offset + 8 > size)
			return;
		memcpy(&addr, data + d->offset, sizeof(addr));
	}
	if (d->type.kind == DT_TK_MODADDR)
		dt_ksym_mod2str(dtp, addr, buf, sizeof(buf));
	else
		dt_ksym_sym2str(dtp, addr, buf, sizeof(buf));
	fprintf(fp, "  %-50s", buf);
}

static void
dt_consume_fault(dtrace_hdl_t *dtp, const dt_faultrec_t *fr)
{
	dt_epid_t *e = fr->epid < dtp->nepids ? &dtp->epids[fr->epid] : NULL;
	dt_probe_t *prp = e ? e->probe : NULL;
	uint32_t action = fr->info >> 16, type = fr->info & 0xffff;
	char where[32], what[64];
	uint64_t args[6] = { 0, fr->epid, action, fr->pc, type, fr->addr };

	/* address faults name the address, as DTrace does */
	if (type == 1 || type == 2 || type == 9)
		snprintf(what, sizeof(what), "%s (0x%llx)", dt_fault_name(type),
			 (unsigned long long)fr->addr);
	else
		snprintf(what, sizeof(what), "%s", dt_fault_name(type));
	if (action == 0)
		snprintf(where, sizeof(where), "predicate");
	else
		snprintf(where, sizeof(where), "action #%u", action);
	fflush(dtp->out ? dtp->out : stdout);
	if (prp)
		fprintf(stderr, "dtrace: error on enabled probe ID %u (ID %u: %s:%s:%s:%s): %s in %s at DIF offset %llu\n",
			fr->epid, prp->id, prp->prov, prp->mod, prp->func, prp->name,
			what, where, (unsigned long long)fr->pc);
	else
		fprintf(stderr, "dtrace: error on enabled probe ID %u: %s in %s\n", fr->epid,
			what, where);
	/* the ERROR probe fires in the consumer, with the fault's description */
	dt_dtrace_fire(dtp, "ERROR", args);
}

/*
 * setopt( ) at run time: the option is set as -x would set it; one that
 * cannot be set is reported as DTrace reports it, and tracing goes on.
 */
static void
dt_setopt_action(dtrace_hdl_t *dtp, uint32_t epid, const char *opt, const char *val)
{
	const dt_probe_t *prp = dtp->epids[epid].probe;
	char msg[600];

	if (opt == NULL || dtrace_setopt(dtp, opt, val) == 0)
		return;
	if (val != NULL)
		snprintf(msg, sizeof(msg), "failed to set option '%s' to '%s': %s", opt, val,
			 dtrace_errmsg(dtp));
	else
		snprintf(msg, sizeof(msg), "failed to set option '%s': %s", opt, dtrace_errmsg(dtp));
	fflush(dtp->out ? dtp->out : stdout);
	fprintf(stderr, "dtrace: error on enabled probe ID %u (ID %u: %s:%s:%s:%s): %s\n", epid,
		prp->id, prp->prov, prp->mod, prp->func, prp->name, msg);
}

int
dt_consume_record(dtrace_hdl_t *dtp, const void *rec, size_t size)
{
	const dt_rechdr_t *hdr = rec;

	if (size < sizeof(*hdr))
		return 0;
	if (hdr->epid == DT_EPID_FAULT) {
		if (size >= sizeof(dt_faultrec_t))
			dt_consume_fault(dtp, rec);
		return 0;
	}
	if (hdr->epid == DT_EPID_SPEC) {
		dt_spec_notice(dtp, rec, size);
		return 0;
	}
	if (hdr->epid >= dtp->nepids || dtp->epids[hdr->epid].clause == NULL)
		return 0;
	/* speculative data is held until its speculation is committed */
	if (!dt_spec_consume(dtp, dtp->epids[hdr->epid].clause, rec, size))
		dt_consume_print(dtp, rec, size);
	return 0;
}

/* Print one record of a clause: its probe line (unless quiet) and its actions' output. */
void
dt_consume_print(dtrace_hdl_t *dtp, const void *rec, size_t size)
{
	const dt_rechdr_t *hdr = rec;
	const char *data = (const char *)rec + sizeof(*hdr);
	FILE *fp = dtp->out ? dtp->out : stdout;
	dt_epid_t *e;
	dt_pfval_t vals[64];
	size_t maskoff;

	if (size < sizeof(*hdr) || hdr->epid >= dtp->nepids || dtp->epids[hdr->epid].clause == NULL)
		return;
	e = &dtp->epids[hdr->epid];
	size -= sizeof(*hdr);
	/* the action mask follows the speculation word, when there is one */
	maskoff = e->clause->specword ? 8 : 0;

	if (!dtp->quiet) {
		char name[256];

		if (!dtp->printed_header) {
			fprintf(fp, "%3s %6s %32s\n", "CPU", "ID", "FUNCTION:NAME");
			dtp->printed_header = true;
		}
		snprintf(name, sizeof(name), "%s:%s", e->probe->func, e->probe->name);
		fprintf(fp, "%3u %6u %32s ", hdr->cpu, e->probe->id, name);
	}
	for (dt_actdesc_t *ap = e->clause->acts; ap; ap = ap->next) {
		int n = ap->ndata < 64 ? ap->ndata : 64;
		uint64_t ran;

		/* clauses with if statements record which actions ran */
		if (e->clause->actmask && size >= maskoff + 8) {
			memcpy(&ran, data + maskoff, sizeof(ran));
			if (!(ran & (1ull << ap->index)))
				continue;
		}

		for (int i = 0; i < n; i++)
			dt_datum_value(&ap->data[i], data, size, &vals[i]);
		switch (ap->kind) {
		case DT_ACT_TRACE:
			dt_print_trace(dtp, fp, &ap->data[0], &vals[0], data, size);
			break;
		case DT_ACT_PRINT:
			dt_print_action(dtp, fp, &ap->data[0], data, size);
			break;
		case DT_ACT_PRINTF:
			dt_printf_format(fp, ap->pfv, vals, n);
			break;
		case DT_ACT_PRINTA:
			dt_agg_printa(dtp, fp, ap->aggs, ap->naggs, ap->pfv);
			break;
		case DT_ACT_TRUNC:
			dt_agg_trunc(dtp, ap->aggs[0], n > 0 ? (int64_t)vals[0].value : 0);
			break;
		case DT_ACT_CLEAR:
			dt_agg_clear(dtp, ap->aggs[0]);
			break;
		case DT_ACT_NORMALIZE:
			dt_agg_normalize(ap->aggs[0], n > 0 ? (int64_t)vals[0].value : 1);
			break;
		case DT_ACT_DENORMALIZE:
			dt_agg_normalize(ap->aggs[0], 1);
			break;
		case DT_ACT_SETOPT:
			dt_setopt_action(dtp, hdr->epid, vals[0].str, n > 1 ? vals[1].str : NULL);
			break;
		case DT_ACT_TRACEMEM:
			dt_print_tracemem(fp, ap, vals, data, size);
			break;
		case DT_ACT_STACK:
		case DT_ACT_SYM:
		case DT_ACT_MOD:
			dt_print_stackfunc(dtp, fp, &ap->data[0], data, size);
			break;
		case DT_ACT_EXIT:
			if (!dtp->exited) {
				dtp->exited = true;
				dtp->exit_status = (int)vals[0].value;
			}
			break;
		case DT_ACT_SPECULATE:
		case DT_ACT_COMMIT:
		case DT_ACT_DISCARD:
			break;          /* done in the kernel and by dt_spec.c */
		}
	}
	if (!dtp->quiet)
		fputc('\n', fp);
	dtp->printed_data = true;
}

/* "dtrace: N drops on CPU C", for what was lost since the last report. */
/*
 * Drops of one kind counted per CPU since the last report ("dtrace: N drops
 * on CPU C", "... aggregation drops ..."); *seen keeps what was reported.
 */
static void
dt_report_cpu_drops(dtrace_hdl_t *dtp, uint32_t key, uint64_t **seen, const char *what,
		    uint64_t *v, int ncpus)
{
	if (bpf_map_lookup_elem(dtp->map_drops, &key, v) != 0)
		return;
	if (*seen == NULL)
		*seen = dt_zalloc((size_t)ncpus * sizeof(uint64_t));
	for (int c = 0; c < ncpus; c++) {
		if (v[c] > (*seen)[c]) {
			fflush(dtp->out ? dtp->out : stdout);
			fprintf(stderr, "dtrace: %llu %sdrop%s on CPU %d\n",
				(unsigned long long)(v[c] - (*seen)[c]), what,
				v[c] - (*seen)[c] == 1 ? "" : "s", c);
			(*seen)[c] = v[c];
		}
	}
}

void
dt_report_drops(dtrace_hdl_t *dtp)
{
	int ncpus = libbpf_num_possible_cpus();
	uint32_t key = DT_DROP_DYNVAR;
	uint64_t *v;

	if (dtp->map_drops < 0 || ncpus <= 0)
		return;
	v = dt_zalloc((size_t)ncpus * sizeof(uint64_t));
	dt_report_cpu_drops(dtp, DT_DROP_RECORD, &dtp->drops, "", v, ncpus);
	dt_report_cpu_drops(dtp, DT_DROP_AGG, &dtp->agg_drops, "aggregation ", v, ncpus);
	/* dynamic variable and speculation drops are reported for all CPUs together */
	if (bpf_map_lookup_elem(dtp->map_drops, &key, v) == 0) {
		uint64_t sum = 0;

		for (int c = 0; c < ncpus; c++)
			sum += v[c];
		if (sum > dtp->dynvar_drops) {
			fflush(dtp->out ? dtp->out : stdout);
			fprintf(stderr, "dtrace: %llu dynamic variable drop%s\n",
				(unsigned long long)(sum - dtp->dynvar_drops),
				sum - dtp->dynvar_drops == 1 ? "" : "s");
			dtp->dynvar_drops = sum;
		}
	}
	if (dtp->uses_spec) {
		uint64_t sums[DT_DROP_NKINDS] = { 0 };

		for (uint32_t k = DT_DROP_SPEC; k <= DT_DROP_SPECUNAVAIL; k++)
			if (bpf_map_lookup_elem(dtp->map_drops, &k, v) == 0)
				for (int c = 0; c < ncpus; c++)
					sums[k] += v[c];
		dt_spec_report_drops(dtp, sums);
	}
	free(v);
}
