/*
 * dt_ident.c -- the handle's identifier tables.  D has three variable
 * scopes with separate name spaces: globals (which share theirs with
 * inlines and enumerators), self-> and this->.  Identifiers live in the
 * handle's arena; their storage is laid out as they are defined.
 */
#include <string.h>
#include "dt_impl.h"
#include "dt_decl.h"

/* The biggest this-> area: it shares the per-CPU buffer with records. */
#define DT_LOCAL_MAX 4096

static dt_ident_t **
table(dtrace_hdl_t *dtp, dt_idkind_t kind)
{
	switch (kind) {
	case DT_IDK_TLS: return &dtp->tls;
	case DT_IDK_LOCAL: return &dtp->locals;
	default: return &dtp->globals;
	}
}

dt_ident_t *
dt_ident_find(dtrace_hdl_t *dtp, dt_idkind_t kind, const char *name)
{
	for (dt_ident_t *idp = *table(dtp, kind); idp; idp = idp->next)
		if (strcmp(idp->name, name) == 0)
			return idp;
	return NULL;
}

dt_ident_t *
dt_ident_new(dtrace_hdl_t *dtp, dt_idkind_t kind, const char *name)
{
	dt_ident_t *idp = dt_alloc(dtp, sizeof(*idp)), **tab = table(dtp, kind);

	idp->name = dt_astrdup(dtp, name);
	idp->kind = kind;
	idp->type = dt_type_void;
	idp->next = *tab;
	*tab = idp;
	return idp;
}

/* Bytes a variable of type t takes (integers are kept in 8-byte slots). */
uint32_t
dt_ident_storage(dtrace_hdl_t *dtp, dt_type_t t)
{
	uint32_t size;

	switch (t.kind) {
	case DT_TK_STRING: size = (uint32_t)dtp->strsize; break;
	case DT_TK_INT:
	case DT_TK_PTR:
	case DT_TK_FLOAT: size = 8; break;
	default: size = t.size; break;
	}
	return (size + 7) & ~7u;
}

/* Give a variable its type and storage in its scope's area. */
void
dt_ident_define(dtrace_hdl_t *dtp, dt_ident_t *idp, dt_type_t t)
{
	uint32_t size = dt_ident_storage(dtp, t), *area;

	idp->type = t;
	idp->defined = true;
	if (idp->nkeys > 0) {
		/* associative arrays live in maps of their own: offset is the map's number */
		idp->offset = dtp->nassoc++;
		/* self-> arrays: each thread's storage says whether it made elements */
		if (idp->kind == DT_IDK_TLS && !dtp->tls_arrays) {
			dtp->tls_arrays = true;
			dtp->tls_arrays_off = dtp->tls_size;
			dtp->tls_size += 8;
		}
		return;
	}
	switch (idp->kind) {
	case DT_IDK_TLS: area = &dtp->tls_size; break;
	case DT_IDK_LOCAL: area = &dtp->local_size; break;
	default: area = &dtp->global_size; break;
	}
	idp->offset = *area;
	*area += size;
}

/*
 * Bytes of an associative array's key: 8 per integer, strsize per string;
 * a self-> array's keys come after 8 bytes naming the thread.
 */
uint32_t
dt_ident_keysize(dtrace_hdl_t *dtp, const dt_ident_t *idp)
{
	uint32_t size = idp->kind == DT_IDK_TLS ? 8 : 0;

	for (const dt_tlist_t *k = idp->keys; k; k = k->next)
		size += k->type.kind == DT_TK_STRING ? (uint32_t)dtp->strsize : 8;
	return size;
}

uint32_t
dt_ident_local_max(void)
{
	return DT_LOCAL_MAX;
}
