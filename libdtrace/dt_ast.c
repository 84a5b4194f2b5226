/*
 * dt_ast.c -- storage for the syntax tree.  Nodes, clauses and their strings
 * come from an arena owned by the handle: a failed parse needs no unwinding,
 * and everything goes at dtrace_close().
 */
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"

#define DT_CHUNK_SIZE 65536

struct dt_chunk {
	struct dt_chunk *next;
	size_t used, size;
	max_align_t data[];
};

void *
dt_alloc(dtrace_hdl_t *dtp, size_t n)
{
	struct dt_chunk *c = dtp->arena;
	void *p;

	n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (c == NULL || c->size - c->used < n) {
		size_t size = n > DT_CHUNK_SIZE ? n : DT_CHUNK_SIZE;

		c = dt_zalloc(sizeof(*c) + size);
		c->size = size;
		c->next = dtp->arena;
		dtp->arena = c;
	}
	p = (char *)c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *
dt_astrdup(dtrace_hdl_t *dtp, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(dt_alloc(dtp, n), s, n);
}

dt_node_t *
dt_node_new(dtrace_hdl_t *dtp, dt_nkind_t kind, int line)
{
	dt_node_t *n = dt_alloc(dtp, sizeof(*n));

	n->kind = kind;
	n->line = line;
	return n;
}

void
dt_arena_free(dtrace_hdl_t *dtp)
{
	struct dt_chunk *c, *next;

	for (c = dtp->arena; c; c = next) {
		next = c->next;
		free(c);
	}
	dtp->arena = NULL;
}
