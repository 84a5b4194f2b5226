/*
 * dt_insnbuf.c -- growable buffers of BPF instructions, shared by the code
 * generator, the linker, the providers' prologues and the runtime linker.
 * Self-contained (plain realloc) so unit tests can link it alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include "dt_impl.h"

void
dt_ib_emit(dt_insnbuf_t *ib, struct bpf_insn insn)
{
	if (ib->n == ib->cap) {
		size_t cap = ib->cap ? ib->cap * 2 : 64;
		struct bpf_insn *p = realloc(ib->insns, cap * sizeof(*p));

		if (p == NULL) {
			fprintf(stderr, "dtrace: out of memory\n");
			abort();
		}
		ib->insns = p;
		ib->cap = cap;
	}
	ib->insns[ib->n++] = insn;
}

void
dt_ib_append(dt_insnbuf_t *ib, const struct bpf_insn *insns, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dt_ib_emit(ib, insns[i]);
}

void
dt_ib_free(dt_insnbuf_t *ib)
{
	free(ib->insns);
	ib->insns = NULL;
	ib->n = ib->cap = 0;
}
