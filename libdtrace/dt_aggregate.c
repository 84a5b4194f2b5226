/*
 * dt_aggregate.c -- the consumer side of aggregations: read each
 * aggregation's per-CPU hash map, merge the CPUs' values, sort the records
 * and print them the way DTrace prints aggregations at exit.
 *
 * The map layout (keys and value words per function) is described above
 * dt_aggdesc_t in dt_impl.h.  The order is DTrace's default: aggregations in
 * order of first use; within one, records by value, ties broken by key
 * (integer keys compared as unsigned numbers of the key's size, strings byte
 * by byte).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "dt_impl.h"
#include "dt_printf.h"

/*
 * The records of one aggregation: keys and merged values, side by side,
 * with a hash index of the keys once a lookup needs one, and each CPU's
 * own values when -x aggpercpu asks for them.
 */
typedef struct dt_aggset {
	const dt_aggdesc_t *agg;
	uint32_t ksize, vsize;     /* bytes of a key, of one CPU's value */
	char *keys;                /* n * ksize */
	int64_t *vals;             /* n * nwords, merged over the CPUs */
	int64_t *pcpu;             /* n * ncpus * nwords, or NULL */
	int ncpus;                 /* CPUs in pcpu (0: not kept) */
	size_t n, cap;
	uint32_t *index;           /* open addressing: record + 1, 0 = empty */
	size_t nindex;             /* slots, a power of two */
	bool bysym;                /* for printing: stack(), func()/sym()/mod() keys grouped */
} dt_aggset_t;

/*
 * One row to print: its key and, for each aggregation printed together,
 * its values (NULL where that aggregation has no such key).
 */
typedef struct dt_aggrec {
	const char *key;
	const int64_t **vals;
	int64_t sv;                /* see dt_aggsort_t.scalar */
	uint64_t k0;               /* the first key field compared, when an integer */
} dt_aggrec_t;

/* ------------------------------------------------------------------ */
/* llquantize(): factor, low, high, nsteps in arg[].                   */

/*
 * Bucket 0 counts values below factor^low; then, for each order of
 * magnitude m from low to high, the buckets from factor^m up to factor^(m+1)
 * in steps of factor^(m+1) / nsteps (at least 1), leaving out the ones below
 * factor^m; the last bucket counts values of factor^(high+1) and above.
 */
uint32_t
dt_agg_llq_nbuckets(const int64_t arg[4])
{
	int64_t factor = arg[0], nsteps = arg[3], pow = 1;
	uint32_t n = 2;

	for (int64_t m = 0; m < arg[1]; m++)
		pow *= factor;
	for (int64_t m = arg[1]; m <= arg[2]; m++) {
		int64_t next = pow * factor;
		int64_t step = next > nsteps ? next / nsteps : 1;

		n += (uint32_t)((next - pow) / step);
		pow = next;
	}
	return n;
}

/* The bucket a value falls in. */
uint32_t
dt_agg_llq_bucket(const int64_t arg[4], int64_t value)
{
	int64_t factor = arg[0], nsteps = arg[3], pow = 1;
	uint32_t b = 1;

	for (int64_t m = 0; m < arg[1]; m++)
		pow *= factor;
	if (value < pow)
		return 0;
	for (int64_t m = arg[1]; m <= arg[2]; m++) {
		int64_t next = pow * factor;
		int64_t step = next > nsteps ? next / nsteps : 1;

		if (value < next)
			return b + (uint32_t)((value - pow) / step);
		b += (uint32_t)((next - pow) / step);
		pow = next;
	}
	return b;
}

/*
 * The lower bound of every bucket but the first (which is below the lower
 * bound of bucket 1); out[nb - 1] is where the overflow bucket starts.
 */
static void
dt_agg_llq_bounds(const int64_t arg[4], int64_t *out, uint32_t nb)
{
	int64_t factor = arg[0], nsteps = arg[3], pow = 1;
	uint32_t b = 1;

	for (int64_t m = 0; m < arg[1]; m++)
		pow *= factor;
	out[0] = pow;
	for (int64_t m = arg[1]; m <= arg[2]; m++) {
		int64_t next = pow * factor;
		int64_t step = next > nsteps ? next / nsteps : 1;

		for (int64_t v = pow; v < next && b < nb; v += step)
			out[b++] = v;
		pow = next;
	}
	if (b < nb)
		out[b] = pow;
}

/* ------------------------------------------------------------------ */
/* Reading the maps.                                                   */

/* FNV-1a over a key's bytes. */
static uint64_t
dt_agg_keyhash(const char *key, uint32_t n)
{
	uint64_t h = 14695981039346656037ull;

	for (uint32_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)key[i]) * 1099511628211ull;
	return h;
}

static void
dt_aggset_index_add(dt_aggset_t *set, size_t rec)
{
	size_t mask = set->nindex - 1;
	size_t i = dt_agg_keyhash(set->keys + rec * set->ksize, set->ksize) & mask;

	while (set->index[i] != 0)
		i = (i + 1) & mask;
	set->index[i] = (uint32_t)rec + 1;
}

/* (Re)build the index with room for twice the records there can be now. */
static void
dt_aggset_index(dt_aggset_t *set, size_t want)
{
	size_t slots = 64;

	while (slots < 2 * want)
		slots *= 2;
	if (set->index != NULL && slots <= set->nindex)
		return;
	free(set->index);
	set->index = dt_zalloc(slots * sizeof(*set->index));
	set->nindex = slots;
	for (size_t j = 0; j < set->n; j++)
		dt_aggset_index_add(set, j);
}

static int64_t *
dt_aggset_add(dt_aggset_t *set, const void *key)
{
	uint32_t nw = set->agg->nwords;

	if (set->n == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 64;
		set->keys = dt_realloc(set->keys, set->cap * set->ksize);
		set->vals = dt_realloc(set->vals, set->cap * nw * sizeof(int64_t));
		if (set->ncpus > 0)
			set->pcpu = dt_realloc(set->pcpu, set->cap * (size_t)set->ncpus * nw *
					       sizeof(int64_t));
	}
	memcpy(set->keys + set->n * set->ksize, key, set->ksize);
	memset(set->vals + set->n * nw, 0, nw * sizeof(int64_t));
	if (set->ncpus > 0)
		memset(set->pcpu + set->n * (size_t)set->ncpus * nw, 0,
		       (size_t)set->ncpus * nw * sizeof(int64_t));
	if (set->index != NULL) {
		dt_aggset_index(set, set->n + 1);
		dt_aggset_index_add(set, set->n);
	}
	return set->vals + set->n++ * nw;
}

static void
dt_aggset_free(dt_aggset_t *set)
{
	free(set->keys);
	free(set->vals);
	free(set->pcpu);
	free(set->index);
}

static ssize_t dt_agg_find(dt_aggset_t *set, const char *key);
static uint32_t dt_agg_keysize(dtrace_hdl_t *dtp, dt_type_t t);

/*
 * Where a key read from the map is merged.  For printing, keys are made
 * canonical first: func()/sym() and mod() keys hold addresses, grouped by
 * their symbol (or module) as DTrace does, and stack() keys may differ in
 * frames that are not shown (dt_ksym_stack_canon()); a canonical key that
 * is there already takes the values too.  Keys of snapshots that trunc( )
 * and clear( ) write back to the map stay as they are.
 */
static int64_t *
dt_aggset_slot(dtrace_hdl_t *dtp, dt_aggset_t *set, char *key)
{
	const dt_aggdesc_t *ap = set->agg;
	uint32_t off = 0;
	bool canon = false;
	ssize_t r;

	if (!set->bysym)
		return dt_aggset_add(set, key);
	for (int i = 0; i < ap->nkeys; i++) {
		dt_type_t t = ap->keys[i];

		if (t.kind == DT_TK_STACK) {
			uint64_t depth, *pcs = dt_zalloc(t.size + 8);

			memcpy(&depth, key + off, sizeof(depth));
			memcpy(pcs, key + off + 8, t.size + 8);
			dt_ksym_stack_canon(dtp, pcs, t.size / 8 + 1, (uint32_t)depth);
			memcpy(key + off + 8, pcs, t.size + 8);
			free(pcs);
			canon = true;
		} else if (t.kind == DT_TK_SYMADDR || t.kind == DT_TK_MODADDR) {
			uint64_t addr;

			memcpy(&addr, key + off, sizeof(addr));
			addr = dt_ksym_normalize(dtp, addr, t.kind == DT_TK_MODADDR);
			memcpy(key + off, &addr, sizeof(addr));
			canon = true;
		}
		off += dt_agg_keysize(dtp, t);
	}
	if (canon && (r = dt_agg_find(set, key)) >= 0)
		return set->vals + (size_t)r * ap->nwords;
	return dt_aggset_add(set, key);
}

/* Fold one CPU's values v into out. */
static void
dt_agg_fold(const dt_aggdesc_t *ap, const int64_t *v, int64_t *out)
{
	switch (ap->func) {
	case DT_AGG_MIN:
	case DT_AGG_MAX:
		if (v[0] <= 0)
			break;
		if (out[0] == 0 || (ap->func == DT_AGG_MIN ? v[1] < out[1] : v[1] > out[1]))
			out[1] = v[1];
		out[0] += v[0];
		break;
	case DT_AGG_STDDEV: {
		uint64_t lo = (uint64_t)out[2] + (uint64_t)v[2];

		out[3] = (int64_t)((uint64_t)out[3] + (uint64_t)v[3] + (lo < (uint64_t)v[2]));
		out[2] = (int64_t)lo;
		out[0] += v[0];
		out[1] += v[1];
		break;
	}
	default:
		for (uint32_t i = 0; i < ap->nwords; i++)
			out[i] += v[i];
		break;
	}
}

/*
 * Fold the per-CPU values of one key (ncpus slots of vsize bytes) into out
 * and, with aggpercpu, into each CPU's own values (keys made canonical by
 * dt_aggset_slot() may fold several map keys into one row).
 */
static void
dt_agg_merge(const dt_aggset_t *set, const char *percpu, int ncpus, int64_t *out)
{
	const dt_aggdesc_t *ap = set->agg;
	/* out - vals is the row times nwords; the row's CPUs follow one another */
	int64_t *pc = set->ncpus > 0 ? set->pcpu + (size_t)(out - set->vals) * (size_t)set->ncpus
				     : NULL;

	for (int c = 0; c < ncpus; c++) {
		const int64_t *v = (const int64_t *)(percpu + (size_t)c * set->vsize);

		dt_agg_fold(ap, v, out);
		if (pc != NULL && c < set->ncpus)
			dt_agg_fold(ap, v, pc + (size_t)c * ap->nwords);
	}
}

/* How many rows ahead printing asks for the memory of the rows to come. */
#define DT_AGG_PREFETCH 16

/* Entries per batch lookup, to start with. */
#define DT_AGG_BATCH 1024

static int
dt_agg_read_batch(dtrace_hdl_t *dtp, dt_aggset_t *set, int ncpus)
{
	uint32_t chunk = DT_AGG_BATCH, count;
	size_t tsize = set->ksize > 8 ? set->ksize : 8;
	char *in = dt_zalloc(tsize), *out = dt_zalloc(tsize);
	char *kbuf = dt_zalloc((size_t)chunk * set->ksize);
	char *vbuf = dt_zalloc((size_t)chunk * set->vsize * ncpus);
	bool first = true;
	int rc = 0;

	for (;;) {
		int err;

		count = chunk;
		err = bpf_map_lookup_batch(set->agg->map_fd, first ? NULL : in, out, kbuf, vbuf,
					   &count, NULL);
		if (err < 0)
			err = errno ? -errno : err;
		if (err == -ENOSPC && count == 0) {
			chunk *= 2;
			kbuf = dt_realloc(kbuf, (size_t)chunk * set->ksize);
			vbuf = dt_realloc(vbuf, (size_t)chunk * set->vsize * ncpus);
			continue;
		}
		if (err < 0 && err != -ENOENT) {
			/* 1: no batch operations here; the caller walks the keys instead */
			rc = first && set->n == 0 ? 1 : -1;
			if (rc < 0)
				dt_set_errmsg(dtp, "failed to read aggregation %s: %s",
					      set->agg->name, strerror(-err));
			break;
		}
		for (uint32_t i = 0; i < count; i++)
			dt_agg_merge(set, vbuf + (size_t)i * set->vsize * ncpus, ncpus,
				     dt_aggset_slot(dtp, set, kbuf + (size_t)i * set->ksize));
		if (err == -ENOENT)
			break;
		memcpy(in, out, tsize);
		first = false;
	}
	free(in);
	free(out);
	free(kbuf);
	free(vbuf);
	return rc;
}

static int
dt_agg_read_keys(dtrace_hdl_t *dtp, dt_aggset_t *set, int ncpus)
{
	char *prev = dt_zalloc(set->ksize), *next = dt_zalloc(set->ksize);
	char *vbuf = dt_zalloc((size_t)set->vsize * ncpus);
	bool first = true;
	int rc = 0;

	while (bpf_map_get_next_key(set->agg->map_fd, first ? NULL : prev, next) == 0) {
		first = false;
		memcpy(prev, next, set->ksize);
		if (bpf_map_lookup_elem(set->agg->map_fd, next, vbuf) != 0) {
			if (errno == ENOENT)
				continue;
			dt_set_errmsg(dtp, "failed to read aggregation %s: %s", set->agg->name,
				      strerror(errno));
			rc = -1;
			break;
		}
		dt_agg_merge(set, vbuf, ncpus, dt_aggset_slot(dtp, set, next));
	}
	free(prev);
	free(next);
	free(vbuf);
	return rc;
}

/* An aggregation without keys: its one array slot, a record if any CPU marked it. */
static int
dt_agg_read_slot(dtrace_hdl_t *dtp, dt_aggset_t *set, int ncpus)
{
	char *vbuf = dt_zalloc((size_t)set->vsize * ncpus), key[8] = { 0 };
	uint32_t zero = 0, mark = set->agg->nwords;
	int rc = 0;

	if (bpf_map_lookup_elem(set->agg->map_fd, &zero, vbuf) != 0) {
		dt_set_errmsg(dtp, "failed to read aggregation %s: %s", set->agg->name,
			      strerror(errno));
		rc = -1;
	}
	for (int c = 0; rc == 0 && c < ncpus; c++)
		if (((const int64_t *)(vbuf + (size_t)c * set->vsize))[mark] != 0) {
			dt_agg_merge(set, vbuf, ncpus, dt_aggset_add(set, key));
			break;
		}
	free(vbuf);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Values: what records are sorted by.                                 */

/* 128-bit helpers for stddev(): the sum of squares is [low, high]. */
typedef unsigned __int128 dt_u128_t;

static uint64_t
dt_agg_isqrt(dt_u128_t n)
{
	dt_u128_t root = 0, bit = (dt_u128_t)1 << 126;

	while (bit > n)
		bit >>= 2;
	while (bit != 0) {
		if (n >= root + bit) {
			n -= root + bit;
			root = (root >> 1) + bit;
		} else {
			root >>= 1;
		}
		bit >>= 2;
	}
	return (uint64_t)root;
}

/*
 * DTrace's standard deviation: the integer square root of the average of
 * the squares (rounded down) less the square of the average (rounded toward
 * zero).
 */
static uint64_t
dt_agg_stddev(const int64_t *v)
{
	dt_u128_t sq, avgsq;
	int64_t avg;

	if (v[0] == 0)
		return 0;
	sq = ((dt_u128_t)(uint64_t)v[3] << 64) | (uint64_t)v[2];
	avgsq = sq / (uint64_t)v[0];
	avg = v[1] / v[0];
	if (avg < 0)
		avg = -avg;
	return dt_agg_isqrt(avgsq - (dt_u128_t)(uint64_t)avg * (uint64_t)avg);
}

static int64_t
dt_agg_qvalue(int i)
{
	if (i < DT_QUANTIZE_ZERO)
		return -((int64_t)1 << (DT_QUANTIZE_ZERO - 1 - i));
	if (i == DT_QUANTIZE_ZERO)
		return 0;
	return (int64_t)1 << (i - DT_QUANTIZE_ZERO - 1);
}

/*
 * Histograms compare by the sum of each bucket's count times its value,
 * then by the count of the bucket that holds zero.
 */
static void
dt_agg_histsum(const dt_aggdesc_t *ap, const int64_t *v, long double *sum, int64_t *zero)
{
	*sum = 0;
	*zero = 0;
	switch (ap->func) {
	case DT_AGG_QUANTIZE:
		for (int i = 0; i < DT_QUANTIZE_NBUCKETS; i++)
			*sum += (long double)dt_agg_qvalue(i) * (long double)v[i];
		*zero = v[DT_QUANTIZE_ZERO];
		break;
	case DT_AGG_LQUANTIZE: {
		int levels = (int)ap->nwords - 2;
		int64_t b = ap->base;

		*sum = (long double)v[0] * (long double)(ap->base - 1);
		if (ap->base - 1 == 0)
			*zero = v[0];
		for (int i = 0; i < levels; i++, b += ap->step) {
			*sum += (long double)v[i + 1] * (long double)b;
			if (b == 0)
				*zero = v[i + 1];
		}
		*sum += (long double)v[levels + 1] * (long double)(b + 1);
		if (b + 1 == 0)
			*zero = v[levels + 1];
		break;
	}
	case DT_AGG_LLQUANTIZE: {
		uint32_t nb = ap->nwords;
		int64_t *lo = dt_zalloc(nb * sizeof(int64_t));

		dt_agg_llq_bounds(ap->arg, lo, nb);
		*sum = (long double)v[0] * (long double)(lo[0] - 1);
		for (uint32_t i = 1; i < nb; i++)
			*sum += (long double)v[i] * (long double)lo[i];
		*zero = v[0];
		free(lo);
		break;
	}
	default:
		break;
	}
}

#define DT_CMP(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

static int
dt_agg_valcmp(const dt_aggdesc_t *ap, const int64_t *l, const int64_t *r)
{
	switch (ap->func) {
	case DT_AGG_COUNT:
	case DT_AGG_SUM:
		return DT_CMP(l[0], r[0]);
	case DT_AGG_MIN:
	case DT_AGG_MAX:
		return DT_CMP(l[1], r[1]);
	case DT_AGG_AVG: {
		int64_t la = l[0] ? l[1] / l[0] : 0, ra = r[0] ? r[1] / r[0] : 0;

		return DT_CMP(la, ra);
	}
	case DT_AGG_STDDEV: {
		uint64_t ls = dt_agg_stddev(l), rs = dt_agg_stddev(r);

		return DT_CMP(ls, rs);
	}
	default: {
		long double ls, rs;
		int64_t lz, rz;
		int c;

		dt_agg_histsum(ap, l, &ls, &lz);
		dt_agg_histsum(ap, r, &rs, &rz);
		if ((c = DT_CMP(ls, rs)) != 0)
			return c;
		return DT_CMP(lz, rz);
	}
	}
}

/* The size in bytes of an integer key, as it is recorded and printed. */
static uint32_t
dt_agg_intsize(dt_type_t t)
{
	return t.size == 1 || t.size == 2 || t.size == 4 ? t.size : 8;
}

/* An integer key cut to its size, as an unsigned number. */
static uint64_t
dt_agg_keyint(const char *p, uint32_t size)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return size == 8 ? v : v & (((uint64_t)1 << (size * 8)) - 1);
}

static uint32_t
dt_agg_keysize(dtrace_hdl_t *dtp, dt_type_t t)
{
	if (t.kind == DT_TK_STACK)
		return 8 + t.size + 8;	/* depth, frames, the frame canon may drop */
	return t.kind == DT_TK_STRING ? (t.size ? t.size : (uint32_t)dtp->strsize) : 8;
}

/*
 * How rows are ordered (DTrace's rules): by the values of the aggregations
 * printed together, starting with the one at aggsortpos, ties broken by
 * the key; with aggsortkey by the key first.  Keys compare field by field
 * starting with the field at aggsortkeypos; aggsortrev reverses it all.
 */
/* A key field, in the order fields are compared. */
typedef struct dt_aggkf {
	uint32_t off, size;
	bool str;                     /* bytes; else an unsigned integer of size */
} dt_aggkf_t;

typedef struct dt_aggsort {
	const dt_aggdesc_t *const *aggs;
	int naggs;
	int pos;
	bool bykey;
	bool scalar;                  /* rows carry the first value compared (sv) */
	int nkf;
	dt_aggkf_t *kf;
	const int64_t *zeros;         /* the value of a row an aggregation lacks */
} dt_aggsort_t;

static int
dt_agg_keycmp(const dt_aggsort_t *how, const dt_aggrec_t *lr, const dt_aggrec_t *rr)
{
	const char *l = lr->key, *r = rr->key;
	int i = 0;

	if (how->nkf > 0 && !how->kf[0].str) {
		if (lr->k0 != rr->k0)
			return lr->k0 < rr->k0 ? -1 : 1;
		i = 1;
	}
	for (; i < how->nkf; i++) {
		const dt_aggkf_t *f = &how->kf[i];
		int c;

		if (f->str) {
			c = memcmp(l + f->off, r + f->off, f->size);
		} else {
			uint64_t lv = dt_agg_keyint(l + f->off, f->size);
			uint64_t rv = dt_agg_keyint(r + f->off, f->size);

			c = DT_CMP(lv, rv);
		}
		if (c != 0)
			return c;
	}
	return 0;
}

/* The value count, sum, min, max and avg rows print, which is what they sort by. */
static int64_t
dt_agg_scalar(const dt_aggdesc_t *ap, const int64_t *v)
{
	switch (ap->func) {
	case DT_AGG_COUNT: case DT_AGG_SUM: return v[0];
	case DT_AGG_MIN: case DT_AGG_MAX: return v[1];
	default: return v[0] ? v[1] / v[0] : 0;
	}
}

/* The common case of one aggregation with a scalar value and one integer key. */
static int
dt_agg_reccmp_scalar(const void *a, const void *b, void *arg)
{
	const dt_aggrec_t *l = a, *r = b;

	(void)arg;
	if (l->sv != r->sv)
		return l->sv < r->sv ? -1 : 1;
	return l->k0 < r->k0 ? -1 : l->k0 > r->k0;
}

static int
dt_agg_reccmp(const void *a, const void *b, void *arg)
{
	const dt_aggrec_t *l = a, *r = b;
	const dt_aggsort_t *how = arg;
	int c = how->bykey ? dt_agg_keycmp(how, l, r) : 0;
	int j = 0;

	if (c == 0 && how->scalar) {
		c = DT_CMP(l->sv, r->sv);
		j = 1;
	}
	for (; c == 0 && j < how->naggs; j++) {
		int i = (how->pos + j) % how->naggs;

		c = dt_agg_valcmp(how->aggs[i], l->vals[i] ? l->vals[i] : how->zeros,
				  r->vals[i] ? r->vals[i] : how->zeros);
	}
	if (c == 0 && !how->bykey)
		c = dt_agg_keycmp(how, l, r);
	return c;
}

/* ------------------------------------------------------------------ */
/* Printing.                                                           */

/*
 * " %*lld" (or %*llu) without printf's cost: rows are printed a million at a
 * time.
 */
static void
dt_agg_putint(FILE *fp, int width, int64_t v, bool sign)
{
	char buf[48], *p = buf + sizeof(buf);
	uint64_t u = sign && v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	int len;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (sign && v < 0)
		*--p = '-';
	len = (int)(buf + sizeof(buf) - p);
	while (len < width && p > buf + 1) {
		*--p = ' ';
		len++;
	}
	*--p = ' ';
	fwrite(p, 1, (size_t)len + 1, fp);
}

/* A stack() key: its frames, each on a line; func()/sym(), mod(): "  %-50s". */
static void
dt_agg_print_symkey(dtrace_hdl_t *dtp, FILE *fp, dt_type_t t, const char *key)
{
	char buf[1024];
	uint64_t addr;

	if (t.kind == DT_TK_STACK) {
		uint64_t depth, *pcs = dt_zalloc(t.size + 8);

		memcpy(&depth, key, sizeof(depth));
		memcpy(pcs, key + 8, t.size + 8);
		dt_ksym_print_stack(dtp, fp, pcs, depth < t.size / 8 ? (uint32_t)depth : t.size / 8);
		free(pcs);
		return;
	}
	memcpy(&addr, key, sizeof(addr));
	if (t.kind == DT_TK_MODADDR)
		dt_ksym_mod2str(dtp, addr, buf, sizeof(buf));
	else
		dt_ksym_sym2str(dtp, addr, buf, sizeof(buf));
	fprintf(fp, "  %-50s", buf);
}

static void
dt_agg_print_keys(dtrace_hdl_t *dtp, FILE *fp, const dt_aggdesc_t *ap, const char *key)
{
	uint32_t off = 0;

	for (int i = 0; i < ap->nkeys; i++) {
		dt_type_t t = ap->keys[i];
		uint32_t ks = dt_agg_keysize(dtp, t);

		if (t.kind == DT_TK_STRING) {
			dt_print_bytes(fp, key + off, ks, -50, false);
		} else if (t.kind == DT_TK_STACK || t.kind == DT_TK_SYMADDR || t.kind == DT_TK_MODADDR) {
			dt_agg_print_symkey(dtp, fp, t, key + off);
		} else {
			uint32_t sz = dt_agg_intsize(t);
			uint64_t v = dt_agg_keyint(key + off, sz);

			switch (sz) {
			case 1: dt_agg_putint(fp, 3, (int)v, true); break;
			case 2: dt_agg_putint(fp, 5, (int)v, true); break;
			case 4: dt_agg_putint(fp, 8, (int32_t)(uint32_t)v, true); break;
			default: dt_agg_putint(fp, 16, (int64_t)v, true); break;
			}
		}
		off += ks;
	}
}

/* One histogram row's bar and count. */
static void
dt_agg_quantline(FILE *fp, int64_t val, long double total, bool pos, bool neg, int64_t normal)
{
	long long shown = (long long)(val / (normal > 0 ? normal : 1));	/* bars use the raw counts */

	static const char ats[] = "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@";
	static const char sp[] = "                                        ";
	unsigned int len = 40, depth = 0;
	long double a = val < 0 ? -(long double)val : (long double)val;

	if (!neg) {
		if (pos)
			depth = (unsigned int)(a * len / total + 0.5);
		fprintf(fp, "|%s%s %-9lld\n", ats + len - depth, sp + depth, shown);
		return;
	}
	if (!pos) {
		depth = (unsigned int)(a * len / total + 0.5);
		fprintf(fp, "%s%s| %-9lld\n", sp + depth, ats + len - depth, shown);
		return;
	}
	/* counts of both signs: half-width bars either side of the line */
	len /= 2;
	depth = (unsigned int)(a * len / total + 0.5);
	if (val <= 0)
		fprintf(fp, "%s%s|%*s %-9lld\n", sp + 20 + depth, ats + 20 + len - depth,
			(int)len, "", shown);
	else
		fprintf(fp, "%20s|%s%s %-9lld\n", "", ats + 20 + len - depth, sp + 20 + depth,
			shown);
}

/*
 * The rows to show: from one before the first non-empty bucket (among the
 * first nscan) to one after the last, or [efirst, elast] if all are empty.
 */
static void
dt_agg_range(const int64_t *v, int nb, int nscan, int efirst, int elast, int *first,
	     int *last)
{
	int f = 0, l = nb - 1;

	while (f < nscan && v[f] == 0)
		f++;
	if (f == nscan) {
		*first = efirst;
		*last = elast;
		return;
	}
	if (f > 0)
		f--;
	while (l > 0 && v[l] == 0)
		l--;
	if (l < nb - 1)
		l++;
	*first = f;
	*last = l;
}

static void
dt_agg_print_hist(FILE *fp, const dt_aggdesc_t *ap, const int64_t *v)
{
	int nb = (int)ap->nwords, first, last, levels = nb - 2;
	int64_t *lo = NULL;
	long double total = 0;
	bool pos = false, neg = false;

	switch (ap->func) {
	case DT_AGG_QUANTIZE:
		dt_agg_range(v, nb, nb - 1, DT_QUANTIZE_ZERO - 1, DT_QUANTIZE_ZERO + 1, &first,
			     &last);
		break;
	case DT_AGG_LQUANTIZE:
		dt_agg_range(v, nb, nb, 0, 2, &first, &last);
		break;
	default:
		lo = dt_zalloc((size_t)nb * sizeof(int64_t));
		dt_agg_llq_bounds(ap->arg, lo, (uint32_t)nb);
		dt_agg_range(v, nb, nb, 0, 1, &first, &last);
		break;
	}
	for (int i = first; i <= last; i++) {
		pos |= v[i] > 0;
		neg |= v[i] < 0;
		total += v[i] < 0 ? -(long double)v[i] : (long double)v[i];
	}
	fprintf(fp, "\n%16s %41s %-9s\n", "value", "------------- Distribution -------------",
		"count");
	for (int i = first; i <= last; i++) {
		char label[48];

		if (ap->func == DT_AGG_QUANTIZE)
			snprintf(label, sizeof(label), "%lld", (long long)dt_agg_qvalue(i));
		else if (ap->func == DT_AGG_LQUANTIZE && i == 0)
			snprintf(label, sizeof(label), "< %lld", (long long)ap->base);
		else if (ap->func == DT_AGG_LQUANTIZE && i == levels + 1)
			snprintf(label, sizeof(label), ">= %lld",
				 (long long)(ap->base + levels * ap->step));
		else if (ap->func == DT_AGG_LQUANTIZE)
			snprintf(label, sizeof(label), "%lld",
				 (long long)(ap->base + (i - 1) * ap->step));
		else if (i == 0)
			snprintf(label, sizeof(label), "< %lld", (long long)lo[0]);
		else if (i == nb - 1)
			snprintf(label, sizeof(label), ">= %lld", (long long)lo[i]);
		else
			snprintf(label, sizeof(label), "%lld", (long long)lo[i]);
		fprintf(fp, "%16s ", label);
		dt_agg_quantline(fp, v[i], total, pos, neg, ap->normal);
	}
	free(lo);
}

/* An aggregation's value as printed at exit (a histogram: its table). */
static void
dt_agg_print_value(FILE *fp, const dt_aggdesc_t *ap, const int64_t *v)
{
	int64_t nm = ap->normal > 0 ? ap->normal : 1;	/* normalize( ) divides what is shown */

	switch (ap->func) {
	case DT_AGG_COUNT:
	case DT_AGG_SUM:
		dt_agg_putint(fp, 16, v[0] / nm, true);
		break;
	case DT_AGG_MIN:
	case DT_AGG_MAX:
		dt_agg_putint(fp, 16, v[1] / nm, true);
		break;
	case DT_AGG_AVG:
		dt_agg_putint(fp, 16, v[0] ? v[1] / nm / v[0] : 0, true);
		break;
	case DT_AGG_STDDEV:
		dt_agg_putint(fp, 16, (int64_t)dt_agg_stddev(v), false);
		break;
	default:
		dt_agg_print_hist(fp, ap, v);
		break;
	}
}

/*
 * The value of a row, then with -x aggpercpu each CPU's own value on a
 * line of its own, "    [CPU N]" and the value printed the same way.  v
 * is a record of set, or NULL for a row the aggregation lacks.
 */
static void
dt_agg_print_vals(FILE *fp, const dt_aggset_t *set, const int64_t *v, const int64_t *zeros)
{
	const dt_aggdesc_t *ap = set->agg;

	dt_agg_print_value(fp, ap, v ? v : zeros);
	for (int c = 0; c < set->ncpus; c++) {
		size_t rec = v ? (size_t)(v - set->vals) / ap->nwords : 0;

		fprintf(fp, "\n    [CPU %d]", c);
		dt_agg_print_value(fp, ap, v ? set->pcpu + (rec * (size_t)set->ncpus + (size_t)c) *
					       ap->nwords : zeros);
	}
}

/* Does the aggregation describe a map this consumer can read? */
static bool
dt_agg_valid(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap)
{
	uint32_t ks = 0;

	if (ap->map_fd < 0 || ap->nwords == 0)
		return false;
	for (int i = 0; i < ap->nkeys; i++)
		ks += dt_agg_keysize(dtp, ap->keys[i]);
	if (ap->nkeys == 0)
		ks = 8;
	if (ks != ap->ksize)
		return false;
	switch (ap->func) {
	case DT_AGG_COUNT: case DT_AGG_SUM: return ap->nwords == 1;
	case DT_AGG_AVG: case DT_AGG_MIN: case DT_AGG_MAX: return ap->nwords == 2;
	case DT_AGG_STDDEV: return ap->nwords == 4;
	case DT_AGG_QUANTIZE: return ap->nwords == DT_QUANTIZE_NBUCKETS;
	case DT_AGG_LQUANTIZE: return ap->nwords >= 3 && ap->step > 0;
	case DT_AGG_LLQUANTIZE:
		return ap->arg[0] >= 2 && ap->arg[1] >= 0 && ap->arg[2] > ap->arg[1] &&
		       ap->arg[3] > 0 && ap->nwords == dt_agg_llq_nbuckets(ap->arg);
	}
	return false;
}

/* Read one aggregation: its keys and the CPUs' values merged. */
static int
dt_agg_snapshot(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap, dt_aggset_t *set, int ncpus)
{
	int r;

	set->agg = ap;
	if (!dt_agg_valid(dtp, ap))
		return 0;
	/* only keys of stack(), func()/sym() and mod() are made canonical */
	if (set->bysym) {
		set->bysym = false;
		for (int i = 0; i < ap->nkeys; i++)
			set->bysym |= ap->keys[i].kind == DT_TK_STACK ||
				      ap->keys[i].kind == DT_TK_SYMADDR ||
				      ap->keys[i].kind == DT_TK_MODADDR;
	}
	set->ksize = ap->ksize;
	set->vsize = dt_agg_vwords(ap) * (uint32_t)sizeof(int64_t);
	set->ncpus = dtp->aggpercpu ? ncpus : 0;
	if (ap->nkeys == 0)
		return dt_agg_read_slot(dtp, set, ncpus);
	r = dt_agg_read_batch(dtp, set, ncpus);
	if (r > 0)
		r = dt_agg_read_keys(dtp, set, ncpus);
	return r < 0 ? -1 : 0;
}

/*
 * Sort rows.  For printing, the options apply; for trunc( ) (!for_print)
 * rows go by value alone, the largest first when rev.
 */
static void
dt_agg_sort(dtrace_hdl_t *dtp, dt_aggrec_t *recs, size_t n, const dt_aggdesc_t *const *aggs,
	    int naggs, bool for_print, bool rev)
{
	const dt_aggdesc_t *ap = aggs[0], *first;
	dt_aggsort_t how = { aggs, naggs, 0, for_print && dtp->aggsortkey, false, ap->nkeys,
			     NULL, NULL };
	uint32_t maxw = 1, off = 0, *koff = dt_zalloc(((size_t)ap->nkeys + 1) * sizeof(*koff));
	int keypos = 0;

	if (for_print && dtp->aggsortpos < naggs)
		how.pos = (int)dtp->aggsortpos;
	if (for_print && dtp->aggsortkeypos < ap->nkeys)
		keypos = (int)dtp->aggsortkeypos;
	for (int i = 0; i < ap->nkeys; i++) {
		koff[i] = off;
		off += dt_agg_keysize(dtp, ap->keys[i]);
	}
	how.kf = dt_zalloc(((size_t)ap->nkeys + 1) * sizeof(*how.kf));
	for (int j = 0; j < ap->nkeys; j++) {
		int i = (j + keypos) % ap->nkeys;
		/* stacks compare byte by byte, as DTrace compares them */
		bool str = ap->keys[i].kind == DT_TK_STRING || ap->keys[i].kind == DT_TK_STACK;

		how.kf[j] = (dt_aggkf_t){ koff[i], str ? dt_agg_keysize(dtp, ap->keys[i]) :
						 dt_agg_intsize(ap->keys[i]), str };
	}
	free(koff);
	for (int i = 0; i < naggs; i++)
		if (aggs[i]->nwords > maxw)
			maxw = aggs[i]->nwords;
	how.zeros = dt_zalloc(maxw * sizeof(int64_t));
	/* the first value compared, once per row rather than once per comparison */
	first = aggs[how.pos];
	how.scalar = first->func == DT_AGG_COUNT || first->func == DT_AGG_SUM ||
		     first->func == DT_AGG_MIN || first->func == DT_AGG_MAX ||
		     first->func == DT_AGG_AVG;
	for (size_t j = 0; how.scalar && j < n; j++) {
		const int64_t *v = recs[j].vals[how.pos];

		recs[j].sv = dt_agg_scalar(first, v ? v : how.zeros);
	}
	for (size_t j = 0; how.nkf > 0 && !how.kf[0].str && j < n; j++)
		recs[j].k0 = dt_agg_keyint(recs[j].key + how.kf[0].off, how.kf[0].size);
	qsort_r(recs, n, sizeof(*recs),
		naggs == 1 && how.scalar && !how.bykey && how.nkf == 1 && !how.kf[0].str ?
		dt_agg_reccmp_scalar : dt_agg_reccmp, &how);
	if (rev != (for_print && dtp->aggsortrev))
		for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
			dt_aggrec_t t = recs[i];

			recs[i] = recs[j];
			recs[j] = t;
		}
	free(how.kf);
	free((void *)how.zeros);
}

/* The rows of one aggregation's snapshot, sorted; *valp holds their values. */
static dt_aggrec_t *
dt_agg_sorted(dtrace_hdl_t *dtp, const dt_aggset_t *set, bool for_print, bool rev,
	      const int64_t ***valp)
{
	dt_aggrec_t *recs = dt_zalloc((set->n ? set->n : 1) * sizeof(*recs));
	const int64_t **vals = dt_zalloc((set->n ? set->n : 1) * sizeof(*vals));

	for (size_t j = 0; j < set->n; j++) {
		recs[j].key = set->keys + j * set->ksize;
		vals[j] = set->vals + j * set->agg->nwords;
		recs[j].vals = &vals[j];
	}
	dt_agg_sort(dtp, recs, set->n, &set->agg, 1, for_print, rev);
	*valp = vals;
	return recs;
}

/* The record of key in a snapshot, or -1. */
static ssize_t
dt_agg_find(dt_aggset_t *set, const char *key)
{
	size_t mask, i;

	if (set->n == 0)
		return -1;
	if (set->index == NULL)
		dt_aggset_index(set, set->n);
	mask = set->nindex - 1;
	for (i = dt_agg_keyhash(key, set->ksize) & mask; set->index[i] != 0; i = (i + 1) & mask) {
		size_t rec = set->index[i] - 1;

		if (memcmp(set->keys + rec * set->ksize, key, set->ksize) == 0)
			return (ssize_t)rec;
	}
	return -1;
}

/* An aggregation's value as printa( )'s %@ conversions see it (void: a histogram). */
static dt_pfval_t
dt_agg_pfval(const dt_aggdesc_t *ap, const int64_t *v)
{
	dt_pfval_t pv = { .type = { .kind = DT_TK_INT, .size = 8, .sign = true } };

	int64_t nm = ap->normal > 0 ? ap->normal : 1;

	switch (ap->func) {
	case DT_AGG_COUNT: pv.type.sign = false; pv.value = v ? v[0] / nm : 0; break;
	case DT_AGG_SUM: pv.value = v ? v[0] / nm : 0; break;
	case DT_AGG_MIN: case DT_AGG_MAX: pv.value = v ? v[1] / nm : 0; break;
	case DT_AGG_AVG: pv.value = v && v[0] ? v[1] / nm / v[0] : 0; break;
	case DT_AGG_STDDEV: pv.type.sign = false; pv.value = v ? (int64_t)dt_agg_stddev(v) : 0; break;
	default: pv.type.kind = DT_TK_VOID; break;
	}
	return pv;
}

typedef struct dt_agg_histctx {
	dt_aggdesc_t *const *aggs;
	const int64_t **vals;
	int64_t *zeros;
} dt_agg_histctx_t;

static int
dt_agg_hist_cb(FILE *fp, int idx, void *arg)
{
	dt_agg_histctx_t *hc = arg;

	dt_agg_print_hist(fp, hc->aggs[idx], hc->vals[idx] ? hc->vals[idx] : hc->zeros);
	return 0;
}

/* The keys of a record as printf values: integers by their type, strings. */
static void
dt_agg_keyvals(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap, const char *key, dt_pfval_t *out,
	       char **strs)
{
	uint32_t off = 0;

	for (int i = 0; i < ap->nkeys; i++) {
		dt_type_t t = ap->keys[i];

		if (t.kind == DT_TK_STRING) {
			uint32_t w = dt_agg_keysize(dtp, t);

			strs[i] = dt_zalloc(w + 1);
			memcpy(strs[i], key + off, w);
			out[i].type = dt_type_string;
			out[i].str = strs[i];
			off += w;
		} else if (t.kind == DT_TK_STACK) {
			/* %k prints it; the frames are copied out for aligned reads */
			uint64_t depth;

			memcpy(&depth, key + off, sizeof(depth));
			strs[i] = dt_zalloc(t.size + 8);
			memcpy(strs[i], key + off + 8, t.size + 8);
			out[i].type = t;
			if (depth < t.size / 8)
				out[i].type.size = (uint32_t)depth * 8;
			out[i].pcs = (const uint64_t *)(void *)strs[i];
			off += dt_agg_keysize(dtp, t);
		} else {
			int64_t v;

			memcpy(&v, key + off, sizeof(v));
			/* func()/sym()/mod() keys are addresses: %a shows them as symbols */
			out[i].type = (dt_type_t){ .kind = DT_TK_INT, .size = t.size ? t.size : 8,
						   .sign = t.sign };
			out[i].value = v;
			off += 8;
		}
	}
}

/*
 * printa( ): the rows are every key any of the aggregations has (the
 * first one's key layout), each with every aggregation's value (zero where
 * it lacks the key), sorted as DTrace sorts them.
 */
int
dt_agg_printa(dtrace_hdl_t *dtp, FILE *fp, dt_aggdesc_t *const *aggs, int naggs,
	      const struct dt_pfargv *pfv)
{
	int ncpus = libbpf_num_possible_cpus(), rc = 0;
	dt_aggset_t *sets, all = { 0 }, *rows;
	dt_aggrec_t *recs;
	const int64_t **vals;
	dt_agg_histctx_t hc;
	uint32_t maxw = 1;

	if (naggs <= 0 || ncpus <= 0)
		return -1;
	/* what printa( ) has printed is not printed again at exit, as in DTrace */
	for (int i = 0; i < naggs; i++)
		aggs[i]->printed = true;
	sets = dt_zalloc((size_t)naggs * sizeof(*sets));
	for (int i = 0; i < naggs; i++) {
		sets[i].bysym = true;
		if (dt_agg_snapshot(dtp, aggs[i], &sets[i], ncpus) != 0)
			rc = -1;
		if (aggs[i]->nwords > maxw)
			maxw = aggs[i]->nwords;
	}
	rows = &sets[0];
	if (naggs > 1) {
		all.agg = aggs[0];
		all.ksize = aggs[0]->ksize;
		dt_aggset_index(&all, sets[0].n);
		for (int i = 0; rc == 0 && i < naggs; i++) {
			if (sets[i].ksize != all.ksize)
				continue;
			for (size_t j = 0; j < sets[i].n; j++) {
				const char *key = sets[i].keys + j * sets[i].ksize;

				if (dt_agg_find(&all, key) < 0)
					dt_aggset_add(&all, key);
			}
		}
		rows = &all;
	}
	recs = dt_zalloc((rows->n ? rows->n : 1) * sizeof(*recs));
	vals = dt_zalloc((rows->n ? rows->n : 1) * (size_t)naggs * sizeof(*vals));
	for (size_t j = 0; rc == 0 && j < rows->n; j++) {
		recs[j].key = rows->keys + j * rows->ksize;
		recs[j].vals = &vals[j * (size_t)naggs];
		for (int i = 0; i < naggs; i++) {
			ssize_t r = naggs == 1 ? (ssize_t)j : dt_agg_find(&sets[i], recs[j].key);

			vals[j * (size_t)naggs + (size_t)i] =
				r < 0 ? NULL : sets[i].vals + (size_t)r * aggs[i]->nwords;
		}
	}
	if (rc == 0)
		dt_agg_sort(dtp, recs, rows->n, (const dt_aggdesc_t *const *)aggs, naggs, true,
			    false);
	if (pfv == NULL)
		fputc('\n', fp);
	hc.aggs = aggs;
	hc.zeros = dt_zalloc(maxw * sizeof(int64_t));
	for (size_t j = 0; rc == 0 && j < rows->n; j++) {
		dt_pfval_t *keys = dt_zalloc((size_t)(aggs[0]->nkeys + 1) * sizeof(*keys));
		dt_pfval_t *pv = dt_zalloc((size_t)naggs * sizeof(*pv));
		char **strs = dt_zalloc((size_t)(aggs[0]->nkeys + 1) * sizeof(*strs));

		hc.vals = recs[j].vals;
		for (int i = 0; i < naggs; i++)
			pv[i] = dt_agg_pfval(aggs[i], hc.vals[i]);
		if (pfv != NULL) {
			dt_agg_keyvals(dtp, aggs[0], recs[j].key, keys, strs);
			dt_printf_format_agg(fp, pfv, keys, aggs[0]->nkeys, pv, naggs, dt_agg_hist_cb, &hc);
		} else {
			/* the keys once, then each aggregation's value */
			dt_agg_print_keys(dtp, fp, aggs[0], recs[j].key);
			for (int i = 0; i < naggs; i++)
				dt_agg_print_vals(fp, &sets[i], hc.vals[i], hc.zeros);
			fputc('\n', fp);
		}
		for (int i = 0; i < aggs[0]->nkeys; i++)
			free(strs[i]);
		free(strs);
		free(keys);
		free(pv);
	}
	fflush(fp);
	free(recs);
	free(vals);
	free(hc.zeros);
	dt_aggset_free(&all);
	for (int i = 0; i < naggs; i++)
		dt_aggset_free(&sets[i]);
	free(sets);
	return rc;
}

/*
 * An aggregation without keys emptied (trunc) or zeroed (clear, which
 * keeps it marked as holding data): its slot rewritten on every CPU.
 */
static void
dt_agg_reset_slot(const dt_aggdesc_t *ap, int ncpus, bool keep)
{
	uint32_t vw = dt_agg_vwords(ap), zero = 0;
	int64_t *v = dt_zalloc((size_t)ncpus * vw * sizeof(int64_t));

	for (int c = 0; keep && c < ncpus; c++)
		v[(size_t)c * vw + ap->nwords] = 1;
	bpf_map_update_elem(ap->map_fd, &zero, v, BPF_ANY);
	free(v);
}

int
dt_agg_trunc(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap, int64_t n)
{
	int ncpus = libbpf_num_possible_cpus();
	dt_aggset_t set = { 0 };
	dt_aggrec_t *recs;
	const int64_t **vals;
	size_t keep;

	if (ncpus <= 0 || dt_agg_snapshot(dtp, ap, &set, ncpus) != 0)
		return -1;
	/* n > 0 keeps the n largest values, n < 0 the -n smallest */
	recs = dt_agg_sorted(dtp, &set, false, n > 0, &vals);
	keep = n < 0 ? (size_t)-n : (size_t)n;
	if (ap->nkeys == 0 && keep < set.n)
		dt_agg_reset_slot(ap, ncpus, false);
	for (size_t j = keep; ap->nkeys > 0 && j < set.n; j++)
		bpf_map_delete_elem(ap->map_fd, recs[j].key);
	free(recs);
	free(vals);
	dt_aggset_free(&set);
	return 0;
}

void
dt_agg_normalize(dt_aggdesc_t *ap, int64_t n)
{
	ap->normal = n > 0 ? n : 1;
}

int
dt_agg_clear(dtrace_hdl_t *dtp, const dt_aggdesc_t *ap)
{
	int ncpus = libbpf_num_possible_cpus();
	dt_aggset_t set = { 0 };
	void *zeros;

	if (ncpus <= 0 || dt_agg_snapshot(dtp, ap, &set, ncpus) != 0)
		return -1;
	if (ap->nkeys == 0 && set.n > 0)
		dt_agg_reset_slot(ap, ncpus, true);
	zeros = dt_zalloc((size_t)ncpus * ap->nwords * sizeof(int64_t));
	for (size_t j = 0; ap->nkeys > 0 && j < set.n; j++)
		bpf_map_update_elem(ap->map_fd, set.keys + j * set.ksize, zeros, BPF_EXIST);
	free(zeros);
	dt_aggset_free(&set);
	return 0;
}

int
dt_agg_print_all(dtrace_hdl_t *dtp, FILE *fp)
{
	int ncpus = libbpf_num_possible_cpus();
	dt_aggset_t *sets;
	size_t nrecs = 0;
	int n = 0, rc = 0;

	if (dtp->naggs <= 0 || dtp->aggs == NULL)
		return 0;
	if (ncpus <= 0) {
		dt_set_errmsg(dtp, "cannot tell the number of CPUs: %s", strerror(-ncpus));
		return -1;
	}
	sets = dt_zalloc((size_t)dtp->naggs * sizeof(*sets));
	for (dt_aggdesc_t *ap = dtp->aggs; ap && n < dtp->naggs; ap = ap->next) {
		dt_aggset_t *set = &sets[n++];

		/* what printa( ) printed is not printed again */
		if (ap->printed) {
			set->agg = ap;
			continue;
		}
		set->bysym = true;
		if (dt_agg_snapshot(dtp, ap, set, ncpus) != 0) {
			rc = -1;
			break;
		}
		nrecs += set->n;
	}

	/* DTrace ends tracing with a newline, then prints the aggregations. */
	if (rc == 0 && nrecs > 0 && !dtp->printed_data)
		fputc('\n', fp);
	for (int i = 0; rc == 0 && i < n; i++) {
		dt_aggset_t *set = &sets[i];
		dt_aggrec_t *recs;
		const int64_t **vals;

		if (set->n == 0)
			continue;
		recs = dt_agg_sorted(dtp, set, true, false, &vals);
		for (size_t j = 0; j < set->n; j++) {
			/* rows are visited in sorted order, not in memory order */
			if (j + DT_AGG_PREFETCH < set->n) {
				__builtin_prefetch(recs[j + DT_AGG_PREFETCH].key);
				__builtin_prefetch(recs[j + DT_AGG_PREFETCH].vals[0]);
			}
			dt_agg_print_keys(dtp, fp, set->agg, recs[j].key);
			dt_agg_print_vals(fp, set, recs[j].vals[0], NULL);
			fputc('\n', fp);
		}
		free(recs);
		free(vals);
	}
	for (int i = 0; i < n; i++)
		dt_aggset_free(&sets[i]);
	free(sets);
	return rc;
}
