/*
 * dt_spec.c -- speculations: speculation(), speculate(), commit() and
 * discard(): the rules a clause must follow, the kernel state and the
 * consumer's side (the options nspec, specsize and cleanrate are set in
 * dt_open.c).
 *
 * Design.  DTrace gives each speculation a buffer per CPU in the kernel and
 * copies it into the principal buffer on commit.  Here the kernel keeps
 * only each speculation's state; the data itself travels in the one ring
 * buffer like any other record, tagged, and the consumer holds it:
 *
 *  - DT_MAP_SPEC is a one-element array holding a 64-bit state word per id
 *    (1 .. nspec): the state (inactive, active, committing, discarding) in
 *    the low byte and a generation above it.  speculation() claims an
 *    inactive id with a compare-and-exchange; commit() and discard() move
 *    an active one to committing or discarding the same way, so two CPUs
 *    never both commit, and a CPU that loses the race does nothing.  The
 *    map is mmapped: the consumer makes an id inactive again (the next
 *    generation) with a compare-and-exchange of its own once it has dealt
 *    with the id's records -- the cleaning DTrace does at cleanrate.  Until
 *    then speculation() counts the id as busy, as DTrace does.
 *
 *  - A clause that speculates writes its record as usual, with a
 *    speculation word (id, generation, DT_SPECOP_DATA) at its start; the
 *    consumer keeps a copy in the id's list instead of printing it.  The
 *    committing clause's own record goes out at commit() (nothing that
 *    records data may precede or follow commit()) with DT_SPECOP_COMMIT:
 *    the consumer prints it (the probe line, unless quiet), then every
 *    record held for that id and generation, in the order the ring buffer
 *    gave them, whichever CPU wrote them.  A further commit() in the same
 *    clause sends it again as DT_SPECOP_COMMIT2, not printed itself.
 *    discard() sends a small notice.
 *
 *  - Ordering across CPUs: the ring buffer orders records by reservation,
 *    so whatever a clause on any CPU wrote for a speculation before another
 *    CPU's commit() reaches the consumer before the commit record.  A
 *    record written while (or after) the speculation was committed
 *    carries the old generation and is dropped, never shown as part of a
 *    later speculation that reuses the id.
 *
 *  - specsize: DT_MAP_SPECBYTES counts, per CPU and per id, the bytes of
 *    the records held for the current generation (a new generation starts
 *    from 0 without the consumer touching the per-CPU values); a record
 *    that would pass specsize is not written and counts a speculative drop.
 *
 *  - At exit, what was never committed is thrown away, as in DTrace.
 *
 * Clauses that use none of this are compiled exactly as before: the
 * speculation word, its checks and the maps exist only in programs that
 * use speculations.
 */
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "dt_bpf_insn.h"
#include "dt_impl.h"

/* The records held for one speculation id, oldest first. */
typedef struct dt_spec_rec {
	struct dt_spec_rec *next;
	size_t size;
	char data[];
} dt_spec_rec_t;

typedef struct dt_spec_held {
	uint32_t gen;            /* low 24 bits of the generation the records belong to */
	dt_spec_rec_t *head, **tail;
} dt_spec_held_t;

/* ---- the rules a clause follows (DTrace's, checked in source order) ---- */

typedef struct dt_spec_walk {
	dtrace_hdl_t *dtp;
	bool speculate, commit, datarec, agg;
} dt_spec_walk_t;

static int
dt_spec_err(dt_spec_walk_t *w, const dt_node_t *n, dt_errtag_t tag, const char *msg)
{
	dt_compile_error(w->dtp, n->line, tag, "%s", msg);
	return -1;
}

/*
 * One statement, in source order.  Actions record data (trace, printf,
 * exit, printa ...); discard( ) and expression statements (assignments)
 * do not.  Several commit( )s may share a clause.
 */
static int
dt_spec_stmt(dt_spec_walk_t *w, const dt_node_t *e)
{
	if (e->kind == DT_N_AGG) {
		if (w->commit)
			return dt_spec_err(w, e, D_AGG_COMM, "aggregating actions may not follow commit( )");
		if (w->speculate)
			return dt_spec_err(w, e, D_AGG_SPEC, "aggregating actions may not follow speculate( )");
		w->agg = true;
		return 0;
	}
	if (e->kind != DT_N_CALL || !dt_is_action(e))
		return 0;
	switch (e->value) {
	case DT_ACT_COMMIT:
		if (w->datarec || w->agg)
			return dt_spec_err(w, e, D_COMM_DREC, "commit( ) may not follow data-recording action(s)");
		w->commit = true;
		return 0;
	case DT_ACT_DISCARD:
		return 0;
	case DT_ACT_SPECULATE:
		if (w->speculate)
			return dt_spec_err(w, e, D_SPEC_SPEC, "speculate( ) may not follow speculate( )");
		if (w->commit)
			return dt_spec_err(w, e, D_SPEC_COMM, "speculate( ) may not follow commit( )");
		if (w->datarec || w->agg)
			return dt_spec_err(w, e, D_SPEC_DREC, "speculate( ) may not follow data-recording action(s)");
		w->speculate = true;
		return 0;
	default:
		break;
	}
	if (w->speculate && e->value == DT_ACT_EXIT)
		return dt_spec_err(w, e, D_EXIT_SPEC, "exit( ) may not follow speculate( )");
	if (w->commit)
		return dt_spec_err(w, e, D_DREC_COMM, "data-recording actions may not follow commit( )");
	w->datarec = true;
	return 0;
}

static int
dt_spec_stmts(dt_spec_walk_t *w, const dt_node_t *st)
{
	for (; st; st = st->next) {
		if (st->kind == DT_N_IF) {
			if (dt_spec_stmts(w, st->left) != 0 || dt_spec_stmts(w, st->right) != 0)
				return -1;
			continue;
		}
		if (st->left && dt_spec_stmt(w, st->left) != 0)
			return -1;
	}
	return 0;
}

/*
 * Check the order of a clause's actions as DTrace does once the clause is
 * cooked: speculate( ) before anything is recorded or aggregated, at most
 * once, not after commit( ); commit( ) not after anything recorded or
 * aggregated, and nothing recorded or aggregated after it; no exit( ) in a
 * speculation.  Also notes whether the clause's record starts with a
 * speculation word.
 */
int
dt_spec_check_clause(dtrace_hdl_t *dtp, dt_clause_t *clp)
{
	dt_spec_walk_t w = { .dtp = dtp };

	if (dt_spec_stmts(&w, clp->body) != 0)
		return -1;
	clp->specword = w.speculate || w.commit;
	return 0;
}

/* ---- kernel state -------------------------------------------------- */

int
dt_spec_create_maps(dtrace_hdl_t *dtp)
{
	LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = BPF_F_MMAPABLE);
	size_t size = (size_t)(dtp->nspec + 1) * 8;
	void *p;

	if (!dtp->uses_spec)
		return 0;
	dtp->map_spec = bpf_map_create(BPF_MAP_TYPE_ARRAY, "dt_spec", 4, (uint32_t)size, 1, &opts);
	if (dtp->map_spec < 0)
		goto fail;
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, dtp->map_spec, 0);
	if (p == MAP_FAILED)
		goto fail;
	dtp->spec_words = p;
	/* value: the generation this CPU counts for, then its bytes */
	dtp->map_specbytes = bpf_map_create(BPF_MAP_TYPE_PERCPU_ARRAY, "dt_specbytes", 4, 16,
					    (uint32_t)dtp->nspec + 1, NULL);
	if (dtp->map_specbytes < 0)
		goto fail;
	dtp->spec_held = dt_zalloc((size_t)(dtp->nspec + 1) * sizeof(dt_spec_held_t));
	for (uint64_t i = 0; i <= dtp->nspec; i++)
		dtp->spec_held[i].tail = &dtp->spec_held[i].head;
	return 0;
fail:
	dt_set_errmsg(dtp, "could not enable tracing: failed to create BPF map %s: %s",
		      dtp->map_spec < 0 ? "dt_spec" : "dt_specbytes", strerror(errno));
	return -1;
}

static void
dt_spec_free_held(dt_spec_held_t *h)
{
	dt_spec_rec_t *r, *next;

	for (r = h->head; r; r = next) {
		next = r->next;
		free(r);
	}
	h->head = NULL;
	h->tail = &h->head;
}

/* Uncommitted data is thrown away at the end, as DTrace does. */
void
dt_spec_unload(dtrace_hdl_t *dtp)
{
	if (dtp->spec_held) {
		for (uint64_t i = 0; i <= dtp->nspec; i++)
			dt_spec_free_held(&dtp->spec_held[i]);
		free(dtp->spec_held);
		dtp->spec_held = NULL;
	}
	if (dtp->spec_words)
		munmap(dtp->spec_words, (size_t)(dtp->nspec + 1) * 8);
	dtp->spec_words = NULL;
	if (dtp->map_spec >= 0)
		close(dtp->map_spec);
	if (dtp->map_specbytes >= 0)
		close(dtp->map_specbytes);
	dtp->map_spec = dtp->map_specbytes = -1;
}

/* ---- the consumer's side ------------------------------------------- */

/*
 * The id's records are dealt with: make it inactive, the next generation,
 * if the kernel still has it committing or discarding that generation.
 */
static void
dt_spec_clean(dtrace_hdl_t *dtp, uint32_t id, uint32_t gen)
{
	uint64_t *wp = &dtp->spec_words[id], w = __atomic_load_n(wp, __ATOMIC_ACQUIRE);
	uint64_t st = w & 0xff;

	if ((uint32_t)((w >> 8) & 0xffffff) != gen ||
	    (st != DT_SPEC_COMMITTING && st != DT_SPEC_DISCARDING))
		return;
	__atomic_compare_exchange_n(wp, &w, ((w >> 8) + 1) << 8 | DT_SPEC_INACTIVE, false,
				    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

static dt_spec_held_t *
dt_spec_lookup(dtrace_hdl_t *dtp, uint64_t word, uint32_t *id, uint32_t *gen)
{
	*id = (uint32_t)word;
	*gen = (uint32_t)(word >> 32) & 0xffffff;
	if (dtp->spec_held == NULL || *id == 0 || *id > dtp->nspec)
		return NULL;
	return &dtp->spec_held[*id];
}

/* Print, then forget, what is held for (id, gen); forget older generations' records. */
static void
dt_spec_drain(dtrace_hdl_t *dtp, dt_spec_held_t *h, uint32_t gen, bool print)
{
	if (h->gen == gen && print)
		for (dt_spec_rec_t *r = h->head; r; r = r->next)
			dt_consume_print(dtp, r->data, r->size);
	dt_spec_free_held(h);
}

/*
 * A record of a clause whose record starts with a speculation word: true
 * when it was dealt with here (held, or committed and printed), false when
 * it prints as any other record.
 */
bool
dt_spec_consume(dtrace_hdl_t *dtp, const dt_clause_t *clp, const void *rec, size_t size)
{
	const char *data = (const char *)rec + sizeof(dt_rechdr_t);
	uint64_t word, op;
	uint32_t id, gen;
	dt_spec_held_t *h;
	dt_spec_rec_t *r;

	if (!clp->specword || size < sizeof(dt_rechdr_t) + 8)
		return false;
	memcpy(&word, data, sizeof(word));
	op = word >> DT_SPECOP_SHIFT;
	if (word == 0 || (op != DT_SPECOP_DATA && op != DT_SPECOP_COMMIT && op != DT_SPECOP_COMMIT2))
		return false;
	h = dt_spec_lookup(dtp, word, &id, &gen);
	if (op != DT_SPECOP_DATA) {
		/* the committing clause's own record first (once), then the speculation's */
		if (op == DT_SPECOP_COMMIT)
			dt_consume_print(dtp, rec, size);
		if (h) {
			dt_spec_drain(dtp, h, gen, true);
			dt_spec_clean(dtp, id, gen);
		}
		return true;
	}
	if (h == NULL)
		return true;
	/* a newer generation: what an older one left was never committed */
	if (h->gen != gen) {
		dt_spec_free_held(h);
		h->gen = gen;
	}
	r = dt_zalloc(sizeof(*r) + size);
	r->size = size;
	memcpy(r->data, rec, size);
	*h->tail = r;
	h->tail = &r->next;
	return true;
}

/* A discard notice: forget the speculation's records, make it inactive. */
void
dt_spec_notice(dtrace_hdl_t *dtp, const void *rec, size_t size)
{
	uint64_t word;
	uint32_t id, gen;
	dt_spec_held_t *h;

	if (size < sizeof(dt_rechdr_t) + 8)
		return;
	memcpy(&word, (const char *)rec + sizeof(dt_rechdr_t), sizeof(word));
	if ((word >> DT_SPECOP_SHIFT) != DT_SPECOP_DISCARD ||
	    (h = dt_spec_lookup(dtp, word, &id, &gen)) == NULL)
		return;
	dt_spec_drain(dtp, h, gen, false);
	dt_spec_clean(dtp, id, gen);
}

/*
 * "dtrace: N speculative drops", "dtrace: N failed speculations (...)":
 * counted over all CPUs, reported as they grow, as DTrace reports them.
 */
void
dt_spec_report_drops(dtrace_hdl_t *dtp, const uint64_t sums[DT_DROP_NKINDS])
{
	static const struct { int kind; const char *what, *why; } tab[] = {
		{ DT_DROP_SPEC, "speculative drop", "" },
		{ DT_DROP_SPECBUSY, "failed speculation", " (available buffer(s) still busy)" },
		{ DT_DROP_SPECUNAVAIL, "failed speculation", " (no speculative buffer available)" },
	};

	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
		uint64_t n = sums[tab[i].kind], *seen = &dtp->spec_drops[i];

		if (n <= *seen)
			continue;
		fflush(dtp->out ? dtp->out : stdout);
		fprintf(stderr, "dtrace: %llu %s%s%s\n", (unsigned long long)(n - *seen), tab[i].what,
			n - *seen > 1 ? "s" : "", tab[i].why);
		*seen = n;
	}
}

/*
 * While a program uses speculations the consumer wakes at least at
 * cleanrate, so committed and discarded ones are cleaned even when no
 * other record wakes it: the epoll timeout in milliseconds, or -1.
 */
int
dt_spec_poll_timeout(const dtrace_hdl_t *dtp)
{
	uint64_t ms;

	if (!dtp->uses_spec)
		return -1;
	ms = (dtp->cleanrate + 999999) / 1000000;
	return ms > 60000 ? 60000 : (int)ms;
}
