/*
 * agg_test.c -- unit test of the aggregation consumer (dt_aggregate.c).
 *
 * Creates real per-CPU hash maps, fills several CPUs' slots from user space
 * as probe programs would, describes the aggregations by hand and checks
 * that dt_agg_print_all() prints exactly what DTrace prints at exit for
 * them (the leading newline included: DTrace ends tracing with one).
 * Needs the privileges to create BPF maps.
 * Prints "N passed, N failed"; exits non-zero on failure.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "dt_impl.h"
#include "check.h"

static int ncpus;


/* ------------------------------------------------------------------ */
/* What DTrace prints for the aggregations built below.                */

static const char exp_count[] =
	"\n"
	"                7\n";

static const char exp_strkey[] =
	"\n"
	"  dtrace                                                            1\n"
	"  bash                                                              5\n"
	"  cat                                                               5\n";

static const char exp_intkeys[] =
	"\n"
	"   0                1\n"
	"   1                1\n"
	"   2                1\n"
	" 254                1\n"
	" 255                1\n"
	"     0                1\n"
	"     1                1\n"
	"     2                1\n"
	" 65534                1\n"
	" 65535                1\n"
	"        0                1\n"
	"        1                1\n"
	"        2                1\n"
	"       -2                1\n"
	"       -1                1\n"
	"                0                1\n"
	"                1                1\n"
	"                2                1\n"
	"               -2                1\n"
	"               -1                1\n";

static const char exp_multikey[] =
	"\n"
	"  sh                                                       42               -3\n"
	"  ab                                                        7               10\n"
	"  sh                                                        7               10\n";

static const char exp_sum[] =
	"\n"
	"              -15\n";

static const char exp_avg[] =
	"\n"
	"  neg                                                              -3\n"
	"  pos                                                               2\n";

static const char exp_min[] =
	"\n"
	"  a                                                                 5\n"
	"  b                                                                42\n";

static const char exp_max[] =
	"\n"
	"               -3\n";

static const char exp_stddev[] =
	"\n"
	"  carry                                                             1\n"
	"  small                                                             8\n";

static const char exp_quantize[] =
	"\n"
	"\n"
	"           value  ------------- Distribution ------------- count    \n"
	"              -8 |                                         0        \n"
	"              -4 |@@@@@                                    1        \n"
	"              -2 |                                         0        \n"
	"              -1 |                                         0        \n"
	"               0 |@@@@@@@@@@                               2        \n"
	"               1 |@@@@@                                    1        \n"
	"               2 |                                         0        \n"
	"               4 |@@@@@@@@@@@@@@@@@@@@                     4        \n"
	"               8 |                                         0        \n"
	"\n";

static const char exp_lquantize[] =
	"\n"
	"  z                                                 \n"
	"           value  ------------- Distribution ------------- count    \n"
	"             < 0 |                                         0        \n"
	"               0 |                                         0        \n"
	"               2 |                                         0        \n"
	"\n"
	"  k                                                 \n"
	"           value  ------------- Distribution ------------- count    \n"
	"             < 0 |@@@@@@@@@@@@@@@@@@@@                     3        \n"
	"               0 |                                         0        \n"
	"               2 |                                         0        \n"
	"               4 |@@@@@@@                                  1        \n"
	"               6 |                                         0        \n"
	"               8 |                                         0        \n"
	"           >= 10 |@@@@@@@@@@@@@                            2        \n"
	"\n";

static const char exp_llquantize[] =
	"\n"
	"\n"
	"           value  ------------- Distribution ------------- count    \n"
	"               4 |                                         0        \n"
	"               5 |@@@@@@@@@@                               1        \n"
	"               6 |                                         0        \n"
	"               7 |                                         0        \n"
	"               8 |                                         0        \n"
	"               9 |                                         0        \n"
	"              10 |                                         0        \n"
	"              20 |                                         0        \n"
	"              30 |                                         0        \n"
	"              40 |                                         0        \n"
	"              50 |@@@@@@@@@@                               1        \n"
	"              60 |                                         0        \n"
	"              70 |                                         0        \n"
	"              80 |                                         0        \n"
	"              90 |                                         0        \n"
	"             100 |                                         0        \n"
	"             200 |                                         0        \n"
	"             300 |                                         0        \n"
	"             400 |                                         0        \n"
	"             500 |@@@@@@@@@@@@@@@@@@@@                     2        \n"
	"             600 |                                         0        \n"
	"\n";

/* ------------------------------------------------------------------ */
/* Building aggregations.                                              */

#define STRSIZE 32

static dtrace_hdl_t *
new_handle(void)
{
	dtrace_hdl_t *dtp = dt_zalloc(sizeof(*dtp));

	dtp->strsize = STRSIZE;
	return dtp;
}

static const dt_type_t t_char = { .kind = DT_TK_INT, .sign = true, .size = 1 };
static const dt_type_t t_short = { .kind = DT_TK_INT, .sign = true, .size = 2 };
static const dt_type_t t_int = { .kind = DT_TK_INT, .sign = true, .size = 4 };
static const dt_type_t t_llong = { .kind = DT_TK_INT, .sign = true, .size = 8 };
static const dt_type_t t_str = { .kind = DT_TK_STRING };

static uint32_t
word_count(dt_aggfunc_t func, const int64_t arg[4])
{
	switch (func) {
	case DT_AGG_COUNT: case DT_AGG_SUM: return 1;
	case DT_AGG_AVG: case DT_AGG_MIN: case DT_AGG_MAX: return 2;
	case DT_AGG_STDDEV: return 4;
	case DT_AGG_QUANTIZE: return DT_QUANTIZE_NBUCKETS;
	case DT_AGG_LQUANTIZE: return (uint32_t)((arg[1] - arg[0]) / arg[2] + 2);
	case DT_AGG_LLQUANTIZE: return dt_agg_llq_nbuckets(arg);
	}
	return 0;
}

/* Add an aggregation to the handle, with its map. */
static dt_aggdesc_t *
add_agg(dtrace_hdl_t *dtp, const char *name, dt_aggfunc_t func, int nkeys, const dt_type_t *keys,
	const int64_t *arg)
{
	dt_aggdesc_t *ap = dt_zalloc(sizeof(*ap)), **tail;

	ap->name = dt_strdup(name);
	ap->id = dtp->naggs++;
	ap->func = func;
	ap->nkeys = nkeys;
	ap->keys = dt_zalloc((size_t)(nkeys ? nkeys : 1) * sizeof(dt_type_t));
	for (int i = 0; i < nkeys; i++) {
		ap->keys[i] = keys[i];
		ap->ksize += keys[i].kind == DT_TK_STRING ? STRSIZE : 8;
	}
	if (nkeys == 0)
		ap->ksize = 8;
	if (arg) {
		memcpy(ap->arg, arg, sizeof(ap->arg));
		ap->base = arg[0];
		ap->limit = arg[1];
		ap->step = arg[2];
	}
	ap->nwords = word_count(func, ap->arg);
	/* as the loader makes them (dt_link.c): no keys, a one-slot array */
	if (nkeys == 0)
		ap->map_fd = bpf_map_create(BPF_MAP_TYPE_PERCPU_ARRAY, NULL, 4,
					    dt_agg_vwords(ap) * sizeof(int64_t), 1, NULL);
	else
		ap->map_fd = bpf_map_create(BPF_MAP_TYPE_PERCPU_HASH, NULL, ap->ksize,
					    ap->nwords * sizeof(int64_t), 256, NULL);
	CHECK(ap->map_fd >= 0, "bpf_map_create: %s", strerror(errno));
	for (tail = &dtp->aggs; *tail; tail = &(*tail)->next)
		;
	*tail = ap;
	return ap;
}

/* A key: each element an integer (sign-extended to 8 bytes) or a string. */
typedef struct kv {
	int64_t i;
	const char *s;
} kv_t;

static void
make_key(const dt_aggdesc_t *ap, const kv_t *k, char *buf)
{
	uint32_t off = 0;

	memset(buf, 0, ap->ksize);
	for (int i = 0; i < ap->nkeys; i++) {
		if (ap->keys[i].kind == DT_TK_STRING) {
			strncpy(buf + off, k[i].s, STRSIZE - 1);
			off += STRSIZE;
		} else {
			memcpy(buf + off, &k[i].i, 8);
			off += 8;
		}
	}
}

/*
 * Store one key's values: cpu0 words in the first CPU's slot, cpu1 words in
 * the last CPU's slot (NULL: left zero), zeros elsewhere.
 */
static void
put(const dt_aggdesc_t *ap, const kv_t *k, const int64_t *cpu0, const int64_t *cpu1)
{
	char key[256];
	uint32_t vw = dt_agg_vwords(ap);
	int64_t *vals = dt_zalloc((size_t)ncpus * vw * sizeof(int64_t));

	make_key(ap, k, key);
	if (cpu0)
		memcpy(vals, cpu0, ap->nwords * sizeof(int64_t));
	if (cpu1) {
		int64_t *last = vals + (size_t)(ncpus - 1) * vw;

		for (uint32_t i = 0; i < ap->nwords; i++)
			last[i] += cpu1[i];
	}
	/* a slot without keys is marked as holding data (its last word) */
	if (ap->nkeys == 0)
		vals[ap->nwords] = 1;
	CHECK(bpf_map_update_elem(ap->map_fd, key, vals, BPF_ANY) == 0, "update %s: %s", ap->name,
	      strerror(errno));
	free(vals);
}

static void
put1(const dt_aggdesc_t *ap, const kv_t *k, int64_t a, int64_t b)
{
	put(ap, k, &a, &b);
}

static void
free_handle(dtrace_hdl_t *dtp)
{
	dt_aggdesc_t *ap, *next;

	for (ap = dtp->aggs; ap; ap = next) {
		next = ap->next;
		if (ap->map_fd >= 0)
			close(ap->map_fd);
		free(ap->name);
		free(ap->keys);
		free(ap);
	}
	free(dtp);
}

/* Print the handle's aggregations and compare with what DTrace prints. */
static void
expect(dtrace_hdl_t *dtp, const char *what, const char *exp, int line)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	int rc = dt_agg_print_all(dtp, fp);

	fclose(fp);
	check(rc == 0, line, "%s: dt_agg_print_all failed: %s", what, dtp->errmsg);
	check(strcmp(buf, exp) == 0, line, "%s: got\n[%s]\nexpected\n[%s]", what, buf, exp);
	free(buf);
	free_handle(dtp);
}

#define EXPECT(dtp, what, exp) expect((dtp), (what), (exp), __LINE__)

/* ------------------------------------------------------------------ */
/* The cases.                                                          */

static void
test_count(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@", DT_AGG_COUNT, 0, NULL, NULL);

	put1(ap, NULL, 3, 4);
	EXPECT(dtp, "count, no key", exp_count);
}

static void
test_strkey(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@c", DT_AGG_COUNT, 1, &t_str, NULL);

	/* ties on the value are broken by the key */
	put1(ap, (kv_t[]){ { .s = "cat" } }, 2, 3);
	put1(ap, (kv_t[]){ { .s = "dtrace" } }, 0, 1);
	put1(ap, (kv_t[]){ { .s = "bash" } }, 5, 0);
	EXPECT(dtp, "count, string key", exp_strkey);
}

static void
test_intkeys(void)
{
	dtrace_hdl_t *dtp = new_handle();
	const dt_type_t *types[] = { &t_char, &t_short, &t_int, &t_llong };

	/* equal values: integer keys sort as unsigned numbers of their size */
	for (int t = 0; t < 4; t++) {
		char name[8];
		dt_aggdesc_t *ap;

		snprintf(name, sizeof(name), "@i%d", (int)types[t]->size * 8);
		ap = add_agg(dtp, name, DT_AGG_COUNT, 1, types[t], NULL);
		for (int64_t k = -2; k <= 2; k++)
			put1(ap, (kv_t[]){ { .i = k } }, k & 1, !(k & 1));
	}
	EXPECT(dtp, "integer keys of each size", exp_intkeys);
}

static void
test_multikey(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@s", DT_AGG_SUM, 2, (dt_type_t[]){ t_str, t_int }, NULL);

	put1(ap, (kv_t[]){ { .s = "sh" }, { .i = 7 } }, 4, 6);
	put1(ap, (kv_t[]){ { .s = "ab" }, { .i = 7 } }, 10, 0);
	put1(ap, (kv_t[]){ { .s = "sh" }, { .i = 42 } }, -5, 2);
	EXPECT(dtp, "sum, string and int keys", exp_multikey);
}

static void
test_sum(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@", DT_AGG_SUM, 0, NULL, NULL);

	put1(ap, NULL, 10, -25);
	EXPECT(dtp, "sum", exp_sum);
}

static void
test_avg(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@a", DT_AGG_AVG, 1, &t_str, NULL);

	put(ap, (kv_t[]){ { .s = "pos" } }, (int64_t[]){ 2, 7 }, (int64_t[]){ 1, -1 });
	put(ap, (kv_t[]){ { .s = "neg" } }, (int64_t[]){ 1, -2 }, (int64_t[]){ 1, -5 });
	EXPECT(dtp, "avg", exp_avg);
}

static void
test_min(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@m", DT_AGG_MIN, 1, &t_str, NULL);

	put(ap, (kv_t[]){ { .s = "a" } }, (int64_t[]){ 1, 9 }, (int64_t[]){ 2, 5 });
	/* a CPU that saw nothing does not count */
	put(ap, (kv_t[]){ { .s = "b" } }, (int64_t[]){ 0, -100 }, (int64_t[]){ 1, 42 });
	EXPECT(dtp, "min", exp_min);
}

static void
test_max(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@", DT_AGG_MAX, 0, NULL, NULL);

	put(ap, NULL, (int64_t[]){ 1, -3 }, (int64_t[]){ 0, 100 });
	EXPECT(dtp, "max", exp_max);
}

static void
test_stddev(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@d", DT_AGG_STDDEV, 1, &t_str, NULL);
	const int64_t x = 3037000500;

	/* 16 and 32: sqrt(1280 / 2 - 24 * 24) = 8 */
	put(ap, (kv_t[]){ { .s = "small" } }, (int64_t[]){ 1, 16, 256, 0 },
	    (int64_t[]){ 1, 32, 1024, 0 });
	/* x and x + 2: the sum of the squares carries into the high word */
	put(ap, (kv_t[]){ { .s = "carry" } },
	    (int64_t[]){ 1, x, (int64_t)((uint64_t)x * (uint64_t)x), 0 },
	    (int64_t[]){ 1, x + 2, (int64_t)((uint64_t)(x + 2) * (uint64_t)(x + 2)), 0 });
	EXPECT(dtp, "stddev", exp_stddev);
}

static void
test_quantize(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@q", DT_AGG_QUANTIZE, 0, NULL, NULL);
	int64_t c0[DT_QUANTIZE_NBUCKETS] = { 0 }, c1[DT_QUANTIZE_NBUCKETS] = { 0 };

	c0[DT_QUANTIZE_ZERO - 3] = 1;   /* -4 */
	c1[DT_QUANTIZE_ZERO] = 2;       /* 0 */
	c0[DT_QUANTIZE_ZERO + 1] = 1;   /* 1 */
	c0[DT_QUANTIZE_ZERO + 3] = 3;   /* 4 */
	c1[DT_QUANTIZE_ZERO + 3] = 1;
	put(ap, NULL, c0, c1);
	EXPECT(dtp, "quantize", exp_quantize);
}

static void
test_lquantize(void)
{
	dtrace_hdl_t *dtp = new_handle();
	dt_aggdesc_t *ap = add_agg(dtp, "@l", DT_AGG_LQUANTIZE, 1, &t_str,
				   (int64_t[]){ 0, 10, 2, 0 });
	int64_t c0[7] = { 3, 0, 0, 1, 0, 0, 1 }, c1[7] = { 0, 0, 0, 0, 0, 0, 1 }, z[7] = { 0 };

	CHECK(ap->nwords == 7, "lquantize(x, 0, 10, 2) has %u words", ap->nwords);
	put(ap, (kv_t[]){ { .s = "k" } }, c0, c1);
	put(ap, (kv_t[]){ { .s = "z" } }, z, NULL);
	EXPECT(dtp, "lquantize", exp_lquantize);
}

static void
test_llquantize(void)
{
	dtrace_hdl_t *dtp = new_handle();
	const int64_t arg[4] = { 10, 0, 2, 10 };
	dt_aggdesc_t *ap = add_agg(dtp, "@ll", DT_AGG_LLQUANTIZE, 0, NULL, arg);
	int64_t c0[29] = { 0 }, c1[29] = { 0 };

	/* < 1, then 1..9, 10..90, 100..900, then >= 1000 */
	CHECK(ap->nwords == 29, "llquantize(x, 10, 0, 2, 10) has %u buckets", ap->nwords);
	CHECK(dt_agg_llq_bucket(arg, 0) == 0, "0 in bucket %u", dt_agg_llq_bucket(arg, 0));
	CHECK(dt_agg_llq_bucket(arg, 5) == 5, "5 in bucket %u", dt_agg_llq_bucket(arg, 5));
	CHECK(dt_agg_llq_bucket(arg, 57) == 14, "57 in bucket %u", dt_agg_llq_bucket(arg, 57));
	CHECK(dt_agg_llq_bucket(arg, 500) == 23, "500 in bucket %u", dt_agg_llq_bucket(arg, 500));
	CHECK(dt_agg_llq_bucket(arg, 1000) == 28, "1000 in bucket %u", dt_agg_llq_bucket(arg, 1000));
	CHECK(dt_agg_llq_nbuckets((int64_t[]){ 2, 0, 3, 4 }) == 9,
	      "llquantize(x, 2, 0, 3, 4) has %u buckets", dt_agg_llq_nbuckets((int64_t[]){ 2, 0, 3, 4 }));
	c0[5] = 1;
	c1[14] = 1;
	c0[23] = 1;
	c1[23] = 1;
	put(ap, NULL, c0, c1);
	EXPECT(dtp, "llquantize", exp_llquantize);
}

static void
test_empty(void)
{
	dtrace_hdl_t *dtp = new_handle();

	/* aggregations that never fired print nothing, not even the newline */
	add_agg(dtp, "@a", DT_AGG_COUNT, 0, NULL, NULL);
	add_agg(dtp, "@b", DT_AGG_SUM, 1, &t_str, NULL);
	EXPECT(dtp, "empty aggregations", "");
}

int
main(void)
{
	ncpus = libbpf_num_possible_cpus();
	if (ncpus < 2) {
		fprintf(stderr, "agg_test: needs at least two possible CPUs\n");
		return 1;
	}
	test_count();
	test_strkey();
	test_intkeys();
	test_multikey();
	test_sum();
	test_avg();
	test_min();
	test_max();
	test_stddev();
	test_quantize();
	test_lquantize();
	test_llquantize();
	test_empty();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
