/*
 * dt_decl.c -- declarations take effect as the parser reads them: types go
 * into the handle's CTF dictionary, variables, inlines, enumerators and
 * translators into its identifier tables.  Structs are laid out here with
 * C's rules (libctf's own layout does not pack bitfields).
 */
#include <ctf-api.h>
#include <stdlib.h>
#include <string.h>
#include "dt_decl.h"

static dt_dspec_t *
dspec_new(dt_pcb_t *pcb)
{
	dt_dspec_t *ds = dt_alloc(pcb->dtp, sizeof(*ds));

	ds->line = dt_lex_line(pcb);
	return ds;
}

dt_dspec_t *
dt_dspec_kw(dt_pcb_t *pcb, unsigned kw)
{
	dt_dspec_t *ds = dspec_new(pcb);

	if (kw == DT_DS_LONG)
		ds->nlong = 1;
	else
		ds->kw = kw;
	return ds;
}

dt_dspec_t *
dt_dspec_class(dt_pcb_t *pcb, dt_dclass_t class)
{
	dt_dspec_t *ds = dspec_new(pcb);

	ds->class = class;
	return ds;
}

dt_dspec_t *
dt_dspec_tname(dt_pcb_t *pcb, const char *name)
{
	dt_dspec_t *ds = dspec_new(pcb);

	if (dt_type_lookup(pcb->dtp, name, &ds->type) != 0) {
		dt_pcb_error(pcb, ds->line, D_UNKNOWN, "failed to resolve type %s: %s", name,
			     "Unknown type name");
		return NULL;
	}
	ds->has_type = true;
	return ds;
}

dt_dspec_t *
dt_dspec_type(dt_pcb_t *pcb, dt_type_t t)
{
	dt_dspec_t *ds = dspec_new(pcb);

	ds->type = t;
	ds->has_type = true;
	return ds;
}

int
dt_dspec_merge(dt_pcb_t *pcb, dt_dspec_t *dst, const dt_dspec_t *src)
{
	if (src->class != DT_DC_NONE) {
		if (dst->class != DT_DC_NONE) {
			dt_pcb_error(pcb, src->line, D_DECL_CLASS,
				     "only one storage class allowed in a declaration");
			return -1;
		}
		dst->class = src->class;
	}
	if ((dst->kw & src->kw) || (src->has_type && (dst->has_type || dst->kw || dst->nlong)) ||
	    (dst->has_type && (src->kw || src->nlong)) || dst->nlong + src->nlong > 2) {
		dt_pcb_error(pcb, src->line, D_DECL_COMBO, "invalid type combination");
		return -1;
	}
	dst->kw |= src->kw;
	dst->nlong += src->nlong;
	if (src->has_type) {
		dst->has_type = true;
		dst->type = src->type;
	}
	dst->isconst |= src->isconst;
	dst->userland |= src->userland;
	return 0;
}

dt_declr_t *
dt_declr_new(dt_pcb_t *pcb, char *name)
{
	dt_declr_t *d = dt_alloc(pcb->dtp, sizeof(*d));

	d->name = name;
	d->line = dt_lex_line(pcb);
	return d;
}

void
dt_declr_suffix(dt_declr_t *d, dt_dsfx_t *sfx)
{
	dt_dsfx_t **pp;

	for (pp = &d->sfx; *pp; pp = &(*pp)->next)
		;
	*pp = sfx;
}

dt_dsfx_t *
dt_dsfx_new(dt_pcb_t *pcb, dt_sfxkind_t kind)
{
	dt_dsfx_t *s = dt_alloc(pcb->dtp, sizeof(*s));

	s->kind = kind;
	return s;
}

dt_tlist_t *
dt_tlist_new(dt_pcb_t *pcb, dt_type_t t, dt_tlist_t *list)
{
	dt_tlist_t *e = dt_alloc(pcb->dtp, sizeof(*e)), **pp;

	e->type = t;
	for (pp = &list; *pp; pp = &(*pp)->next)
		;
	*pp = e;
	return list;
}

int
dt_decl_dim(dt_pcb_t *pcb, dt_node_t *e, int64_t *dim)
{
	int rc = dt_sema_const(pcb->dtp, e, dim);

	if (rc < 0) {
		pcb->failed = true;
		return -1;
	}
	if (rc > 0 || *dim <= 0) {
		dt_pcb_error(pcb, e->line, D_DECL_ARRSUB, "positive integral constant expression or "
			     "tuple signature expected as array declaration subscript");
		return -1;
	}
	if (*dim > (1 << 24)) {
		dt_pcb_error(pcb, e->line, D_DECL_ARRBIG, "array dimension too big");
		return -1;
	}
	return 0;
}

/* The base type the specifiers name. */
static int
dspec_base(dt_pcb_t *pcb, const dt_dspec_t *ds, dt_type_t *out)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	unsigned kw = ds->kw;
	const char *name;
	char buf[64];

	if (ds->has_type) {
		*out = ds->type;
		return 0;
	}
	if ((kw & (DT_DS_SIGNED | DT_DS_UNSIGNED)) &&
	    (kw & (DT_DS_STRING | DT_DS_VOID | DT_DS_FLOAT | DT_DS_DOUBLE | DT_DS_BOOL))) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_SIGNINT, "invalid type declaration: signed "
			     "and unsigned may only be used with integer type");
		return -1;
	}
	if ((kw & DT_DS_CHAR) && ((kw & DT_DS_SHORT) || ds->nlong)) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_CHARATTR, "invalid type declaration: short "
			     "and long may not be used with char type");
		return -1;
	}
	if (kw & DT_DS_STRING) {
		if (kw != DT_DS_STRING || ds->nlong)
			goto combo;
		*out = dt_type_string;
		return 0;
	}
	if (kw & (DT_DS_VOID | DT_DS_FLOAT | DT_DS_DOUBLE | DT_DS_BOOL)) {
		if ((kw & (kw - 1)) != 0 && !(kw == DT_DS_DOUBLE && ds->nlong == 1))
			goto combo;
		if (ds->nlong && !(kw & DT_DS_DOUBLE))
			goto combo;
		name = kw & DT_DS_VOID ? "void" : kw & DT_DS_FLOAT ? "float" :
		       kw & DT_DS_BOOL ? "_Bool" : ds->nlong ? "long double" : "double";
	} else {
		bool uns = kw & DT_DS_UNSIGNED;

		if ((kw & DT_DS_SIGNED) && uns)
			goto combo;
		if ((kw & DT_DS_CHAR) && (kw & (DT_DS_SHORT | DT_DS_INT) || ds->nlong))
			goto combo;
		if ((kw & DT_DS_SHORT) && ds->nlong)
			goto combo;
		if (kw & DT_DS_CHAR)
			name = uns ? "unsigned char" : (kw & DT_DS_SIGNED) ? "signed char" : "char";
		else if (kw & DT_DS_SHORT)
			name = uns ? "unsigned short" : "short";
		else if (ds->nlong == 2)
			name = uns ? "unsigned long long" : "long long";
		else if (ds->nlong == 1)
			name = uns ? "unsigned long" : "long";
		else if (kw != 0 || ds->isconst || ds->userland)
			name = uns ? "unsigned int" : "int";
		else
			name = "int";
	}
	snprintf(buf, sizeof(buf), "%s", name);
	return dt_type_lookup(dtp, buf, out);
combo:
	dt_pcb_error(pcb, ds->line, D_DECL_COMBO, "invalid type combination");
	return -1;
}

static const char *declr_name(const dt_declr_t *d);

/* Apply a declarator's pointers and array suffixes to a base type. */
static int
declr_apply(dt_pcb_t *pcb, dt_type_t base, const dt_declr_t *d, dt_type_t *out,
	    const dt_dsfx_t **assoc)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	const dt_dsfx_t *sv[32];
	int n = 0;

	for (int i = 0; i < d->nptr; i++) {
		if (base.kind == DT_TK_STRING) {
			dt_pcb_error(pcb, d->line, D_DECL_TYPEREF, "pointers to string are not permitted");
			return -1;
		}
		base = dt_type_pointer(dtp, base);
	}
	for (const dt_dsfx_t *s = d->sfx; s && n < 32; s = s->next)
		sv[n++] = s;
	/* the rightmost suffix binds first: int a[2][3] is 2 arrays of 3 ints */
	while (n-- > 0) {
		const dt_dsfx_t *s = sv[n];

		switch (s->kind) {
		case DT_SFX_ARRAY:
			if (base.kind == DT_TK_VOID) {
				dt_pcb_error(pcb, d->line, D_DECL_VOIDOBJ,
					     "cannot declare array of void");
				return -1;
			}
			if (s->dim < 0) {
				dt_pcb_error(pcb, d->line, D_DECL_ARRNULL, "array declaration requires "
					     "array dimension or tuple signature: %s",
					     declr_name(d) ? declr_name(d) : "(anon)");
				return -1;
			}
			if (base.kind == DT_TK_STRING) {
				dt_pcb_error(pcb, d->line, D_DECL_TYPEREF,
					     "arrays of string are not permitted; use an associative array");
				return -1;
			}
			base = dt_type_array(dtp, base, (uint32_t)s->dim);
			break;
		case DT_SFX_ASSOC:
			if (assoc == NULL || n != 0 || d->inner) {
				dt_pcb_error(pcb, d->line, D_DECL_ARRSUB,
					     "associative array may only be declared as a variable");
				return -1;
			}
			*assoc = s;
			break;
		case DT_SFX_FUNC:
			dt_pcb_error(pcb, d->line, D_DECL_PROTO_TYPE,
				     "function declarations are not permitted in D programs");
			return -1;
		}
	}
	if (d->inner)
		return declr_apply(pcb, base, d->inner, out, assoc);
	*out = base;
	return 0;
}

/* The kind of an identifier, as DTrace names it in messages. */
static const char *
decl_idkind(const dt_ident_t *idp)
{
	if (idp->kind == DT_IDK_ENUM)
		return "enumerator";
	return idp->nkeys > 0 ? "associative array" : "scalar";
}

static const char *
declr_name(const dt_declr_t *d)
{
	while (d && d->name == NULL)
		d = d->inner;
	return d ? d->name : NULL;
}

int
dt_decl_typename(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d, dt_type_t *out)
{
	dt_type_t base;

	if (dspec_base(pcb, ds, &base) != 0)
		return -1;
	if (d == NULL) {
		*out = base;
		return 0;
	}
	return declr_apply(pcb, base, d, out, NULL);
}

int
dt_decl_empty(dt_pcb_t *pcb, const dt_dspec_t *ds)
{
	if (!ds->has_type || (ds->type.kind != DT_TK_STRUCT && ds->type.kind != DT_TK_UNION &&
			      !(ds->type.kind == DT_TK_INT && ds->type.id != 0))) {
		dt_pcb_error(pcb, ds->line, D_DECL_USELESS, "useless declaration");
		return -1;
	}
	return 0;
}

/* A variable or typedef. */
int
dt_decl_declare(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	const dt_dsfx_t *assoc = NULL;
	const char *name = declr_name(d);
	dt_type_t base, t;
	dt_ident_t *idp;
	dt_idkind_t kind;

	if (dspec_base(pcb, ds, &base) != 0 || declr_apply(pcb, base, d, &t, &assoc) != 0)
		return -1;
	if (ds->class == DT_DC_TYPEDEF) {
		dt_ctfid_t id = ctf_lookup_by_name(dtp->ctf, name);

		idp = dt_ident_find(dtp, DT_IDK_GLOBAL, name);
		if (idp != NULL || dt_builtin_exists(name)) {
			dt_pcb_error(pcb, d->line, D_DECL_IDRED, "%s identifier redeclared: %s",
				     idp == NULL || idp->kind != DT_IDK_GLOBAL ? "built-in" :
				     "global variable", name);
			return -1;
		}
		if (id != CTF_ERR) {
			/* DTrace refuses even a typedef repeated word for word */
			dt_pcb_error(pcb, d->line, D_DECL_IDRED, "identifier redeclared: %s", name);
			return -1;
		}
		if (t.kind == DT_TK_STRING) {
			dt_pcb_error(pcb, d->line, D_DECL_TYPEREF, "typedef of string is not permitted");
			return -1;
		}
		ctf_add_typedef(dtp->ctf, CTF_ADD_ROOT, name, dt_type_ctf(dtp, t));
		return 0;
	}
	if (t.kind == DT_TK_VOID) {
		dt_pcb_error(pcb, d->line, D_DECL_VOIDOBJ, "cannot have void object: %s", name);
		return -1;
	}
	if ((t.kind == DT_TK_STRUCT || t.kind == DT_TK_UNION) && t.incomplete) {
		char b[128];

		dt_pcb_error(pcb, d->line, D_DECL_INCOMPLETE, "incomplete struct/union/enum %s: %s",
			     dt_type_name(dtp, t, b, sizeof(b)), name);
		return -1;
	}
	switch (ds->class) {
	case DT_DC_SELF: kind = DT_IDK_TLS; break;
	case DT_DC_THIS: kind = DT_IDK_LOCAL; break;
	case DT_DC_EXTERN:
		dt_pcb_error(pcb, d->line, D_DECL_CLASS,
			     "extern declarations of kernel symbols are not supported: %s", name);
		return -1;
	case DT_DC_STATIC:
	case DT_DC_REGISTER:
	case DT_DC_AUTO:
		dt_pcb_error(pcb, d->line, D_DECL_BADCLASS,
			     "specified storage class not appropriate in D");
		return -1;
	default: kind = DT_IDK_GLOBAL; break;
	}
	if (ctf_lookup_by_name(dtp->ctf, name) != CTF_ERR &&
	    ctf_type_kind(dtp->ctf, ctf_lookup_by_name(dtp->ctf, name)) == CTF_K_TYPEDEF) {
		dt_pcb_error(pcb, d->line, D_DECL_IDRED, "typedef identifier redeclared: %s", name);
		return -1;
	}
	if (kind == DT_IDK_GLOBAL && dt_builtin_exists(name)) {
		dt_pcb_error(pcb, d->line, D_DECL_IDRED, "built-in identifier redeclared: %s", name);
		return -1;
	}
	if (assoc && kind == DT_IDK_LOCAL) {
		dt_pcb_error(pcb, d->line, D_DECL_LOCASSC,
			     "associative arrays may not be declared as local variables: %s", name);
		return -1;
	}
	idp = dt_ident_find(dtp, kind, name);
	if (idp != NULL && (idp->kind != kind || idp->defined)) {
		bool same = idp->kind == kind && dt_type_same(idp->type, t) &&
			    (idp->keys != NULL) == (assoc != NULL);
		char b1[128], b2[128];

		if (same)
			return 0;
		dt_pcb_error(pcb, d->line, D_DECL_IDRED,
			     "identifier redeclared: %s\n\t current: %s %s\n\tprevious: %s %s", name,
			     assoc ? "associative array" : "scalar", dt_type_name(dtp, t, b1, sizeof(b1)),
			     decl_idkind(idp), dt_type_name(dtp, idp->type, b2, sizeof(b2)));
		return -1;
	}
	if (idp == NULL)
		idp = dt_ident_new(dtp, kind, name);
	if (assoc) {
		idp->keys = assoc->keys;
		for (dt_tlist_t *k = assoc->keys; k; k = k->next)
			idp->nkeys++;
	}
	dt_ident_define(dtp, idp, t);
	return 0;
}

int
dt_decl_inline(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d, dt_node_t *e)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	const char *name = declr_name(d);
	dt_type_t base, t;
	dt_ident_t *idp;

	if (dspec_base(pcb, ds, &base) != 0 || declr_apply(pcb, base, d, &t, NULL) != 0)
		return -1;
	if (ds->class != DT_DC_NONE) {
		dt_pcb_error(pcb, d->line, D_DECL_BADCLASS,
			     "specified storage class not appropriate for inline declaration");
		return -1;
	}
	if (t.kind == DT_TK_VOID) {
		dt_pcb_error(pcb, d->line, D_DECL_VOIDOBJ, "cannot declare void inline: %s", name);
		return -1;
	}
	if (dt_builtin_exists(name)) {
		dt_pcb_error(pcb, d->line, D_DECL_IDRED, "built-in identifier redeclared: %s", name);
		return -1;
	}
	idp = dt_ident_find(dtp, DT_IDK_GLOBAL, name);
	if (idp != NULL) {
		dt_pcb_error(pcb, d->line, D_DECL_IDRED, "identifier redefined: %s\n\t current: "
			     "inline definition\n\tprevious: %s %s", name, decl_idkind(idp),
			     idp->kind == DT_IDK_INLINE ? "inline" : "");
		return -1;
	}
	if (dt_sema_inline(dtp, e, t, d->line, name) != 0) {
		pcb->failed = true;
		return -1;
	}
	idp = dt_ident_new(dtp, DT_IDK_INLINE, name);
	idp->type = t;
	idp->defined = true;
	idp->expr = e;
	return 0;
}

int
dt_decl_xlator(dt_pcb_t *pcb, dt_type_t out, const dt_dspec_t *ids, const dt_declr_t *id,
	       dt_node_t *members)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	dt_xlator_t *xp;
	dt_type_t in;

	if (dt_decl_typename(pcb, ids, id, &in) != 0)
		return -1;
	if (out.kind != DT_TK_STRUCT && out.kind != DT_TK_UNION) {
		dt_pcb_error(pcb, id->line, D_XLATE_SOU,
			     "translator output type must be a struct or union");
		return -1;
	}
	if (out.incomplete) {
		char b[128];

		dt_pcb_error(pcb, id->line, D_XLATE_SOU, "incomplete struct/union/enum %s",
			     dt_type_name(dtp, out, b, sizeof(b)));
		return -1;
	}
	for (xp = dtp->xlators; xp; xp = xp->next) {
		if (dt_type_same(xp->out, out) && dt_type_same(xp->in, in)) {
			char b1[128], b2[128];

			dt_pcb_error(pcb, id->line, D_XLATE_REDECL,
				     "translator from %s to %s has already been declared",
				     dt_type_name(dtp, in, b1, sizeof(b1)),
				     dt_type_name(dtp, out, b2, sizeof(b2)));
			return -1;
		}
	}
	for (dt_node_t *m = members; m; m = m->next) {
		dt_type_t mt;
		uint64_t off;

		if (dt_type_member(dtp, out, m->str, &mt, &off) != 0) {
			char b[128];

			dt_pcb_error(pcb, m->line, D_XLATE_MEMB,
				     "translator member %s is not a member of %s", m->str,
				     dt_type_name(dtp, out, b, sizeof(b)));
			return -1;
		}
		if (dt_sema_xlator_member(dtp, m, declr_name(id), in, mt) != 0) {
			pcb->failed = true;
			return -1;
		}
	}
	xp = dt_alloc(dtp, sizeof(*xp));
	xp->out = out;
	xp->in = in;
	xp->param = dt_astrdup(dtp, declr_name(id));
	xp->members = members;
	xp->line = id->line;
	xp->next = dtp->xlators;
	dtp->xlators = xp;
	return 0;
}

/* ---- structs and unions ------------------------------------------- */

typedef struct dt_sou_member {
	const char *name;
	dt_type_t type;
	int bits;
} dt_sou_member_t;

typedef struct dt_sou {
	int kind;
	const char *name;
	dt_ctfid_t id;
	dt_sou_member_t *m;
	int n, cap;
	int line;
} dt_sou_t;

static dt_sou_t *
sou_top(dt_pcb_t *pcb)
{
	return pcb->nsou ? &((dt_sou_t *)pcb->sou)[pcb->nsou - 1] : NULL;
}

int
dt_decl_sou_ref(dt_pcb_t *pcb, int kind, const char *name, dt_type_t *out)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	char full[300];
	dt_ctfid_t id;

	snprintf(full, sizeof(full), "%s %s", kind == DT_TK_STRUCT ? "struct" : "union",
		 strchr(name, '`') ? strchr(name, '`') + 1 : name);
	if (dt_type_lookup(dtp, full, out) == 0) {
		if (out->kind != kind && !out->incomplete) {
			dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_TYPEREF, "%s is not a %s", full,
				     kind == DT_TK_STRUCT ? "struct" : "union");
			return -1;
		}
		return 0;
	}
	/* not known anywhere: a forward declaration */
	id = ctf_add_forward(dtp->ctf, CTF_ADD_ROOT, full + (kind == DT_TK_STRUCT ? 7 : 6),
			     kind == DT_TK_STRUCT ? CTF_K_STRUCT : CTF_K_UNION);
	*out = dt_type_from_ctf(dtp, id);
	out->kind = (uint8_t)kind;
	out->incomplete = true;
	return 0;
}

int
dt_decl_sou_begin(dt_pcb_t *pcb, int kind, const char *name)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	dt_sou_t *s;

	if (pcb->nsou == 8) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_SOUDUP, "structs nested too deeply");
		return -1;
	}
	if (name != NULL) {
		char full[300];
		dt_ctfid_t id;

		snprintf(full, sizeof(full), "%s %s", kind == DT_TK_STRUCT ? "struct" : "union", name);
		id = ctf_lookup_by_name(dtp->ctf, full);
		if (id != CTF_ERR && ctf_type_kind(dtp->ctf, id) != CTF_K_FORWARD) {
			dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_TYPERED, "type redeclared: %s", full);
			return -1;
		}
	}
	pcb->sou = dt_realloc(pcb->sou, (size_t)(pcb->nsou + 1) * sizeof(dt_sou_t));
	s = &((dt_sou_t *)pcb->sou)[pcb->nsou++];
	memset(s, 0, sizeof(*s));
	s->kind = kind;
	s->name = name;
	s->line = dt_lex_line(pcb);
	/* a forward declaration lets members point back at the struct */
	if (name != NULL)
		s->id = ctf_add_forward(dtp->ctf, CTF_ADD_ROOT, name,
					kind == DT_TK_STRUCT ? CTF_K_STRUCT : CTF_K_UNION);
	return 0;
}

int
dt_decl_member(dt_pcb_t *pcb, const dt_dspec_t *ds, const dt_declr_t *d)
{
	dt_sou_t *s = sou_top(pcb);
	dt_type_t base, t;
	const char *name = declr_name(d);
	int64_t bits = -1;

	if (dspec_base(pcb, ds, &base) != 0 || declr_apply(pcb, base, d, &t, NULL) != 0)
		return -1;
	if (d->bits) {
		int rc = dt_sema_const(pcb->dtp, d->bits, &bits);

		if (rc < 0) {
			pcb->failed = true;
			return -1;
		}
		if (rc > 0 || bits < 0 || (bits == 0 && name)) {
			dt_pcb_error(pcb, d->line, D_DECL_BFCONST,
				     "positive integral constant expression expected as bit-field size");
			return -1;
		}
		if (t.kind != DT_TK_INT) {
			dt_pcb_error(pcb, d->line, D_DECL_BFTYPE,
				     "invalid type for bit-field: %s", name ? name : "(anon)");
			return -1;
		}
		if (bits > t.size * 8) {
			dt_pcb_error(pcb, d->line, D_DECL_BFSIZE,
				     "bit-field too big for type: %s", name ? name : "(anon)");
			return -1;
		}
	}
	if (t.incomplete) {
		char b[128];

		dt_pcb_error(pcb, d->line, D_DECL_INCOMPLETE, "incomplete struct/union/enum %s: %s",
			     dt_type_name(pcb->dtp, t, b, sizeof(b)), name ? name : "(anon)");
		return -1;
	}
	if (t.kind == DT_TK_VOID) {
		dt_pcb_error(pcb, d->line, D_DECL_VOIDOBJ, "cannot have void member: %s",
			     name ? name : "(anon)");
		return -1;
	}
	for (int i = 0; name && i < s->n; i++) {
		if (s->m[i].name && strcmp(s->m[i].name, name) == 0) {
			/* DTrace leaves duplicates to libctf, and reports its refusal */
			dt_pcb_error(pcb, d->line, D_UNKNOWN, "failed to define member '%s': %s", name,
				     ctf_errmsg(ECTF_DUPLICATE));
			return -1;
		}
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 8;
		s->m = dt_realloc(s->m, (size_t)s->cap * sizeof(*s->m));
	}
	s->m[s->n].name = name;
	s->m[s->n].type = t;
	s->m[s->n].bits = (int)bits;
	s->n++;
	return 0;
}

/* Lay the members out as a C compiler would, then create the type. */
int
dt_decl_sou_end(dt_pcb_t *pcb, dt_type_t *out)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	dt_sou_t *s = sou_top(pcb);
	uint64_t off = 0, size = 0, align = 1, *at;
	uint32_t flag = s->name ? CTF_ADD_ROOT : CTF_ADD_NONROOT;
	dt_ctfid_t id;
	int rc = -1;

	at = dt_zalloc((size_t)(s->n ? s->n : 1) * sizeof(*at));
	for (int i = 0; i < s->n; i++) {
		dt_sou_member_t *m = &s->m[i];
		uint64_t ma = (uint64_t)ctf_type_align(dtp->ctf, dt_type_ctf(dtp, m->type));
		uint64_t msz = m->type.kind == DT_TK_STRING ? dtp->strsize : m->type.size;

		if (ma == 0 || ma > 8)
			ma = ma ? 8 : 1;
		if (ma > align)
			align = ma;
		if (s->kind == DT_TK_UNION)
			off = 0;
		if (m->bits >= 0) {
			uint64_t unit = msz * 8;

			if (m->bits == 0) {
				/* a zero-width bit-field closes the current storage unit */
				off = (off + unit - 1) / unit * unit;
				at[i] = UINT64_MAX;
				continue;
			}
			/* a bit-field may not straddle a storage unit of its type */
			if (off / unit != (off + (uint64_t)m->bits - 1) / unit)
				off = (off + unit - 1) / unit * unit;
			at[i] = off;
			off += (uint64_t)m->bits;
		} else {
			off = (off + ma * 8 - 1) / (ma * 8) * (ma * 8);
			at[i] = off;
			off += msz * 8;
		}
		if (off > size)
			size = off;
	}
	size = (size + 7) / 8;
	size = (size + align - 1) / align * align;
	id = s->kind == DT_TK_STRUCT ? ctf_add_struct_sized(dtp->ctf, flag, s->name, size)
				     : ctf_add_union_sized(dtp->ctf, flag, s->name, size);
	if (id == CTF_ERR) {
		dt_pcb_error(pcb, s->line, D_UNKNOWN, "failed to define %s: %s",
			     s->name ? s->name : "anonymous type", ctf_errmsg(ctf_errno(dtp->ctf)));
		goto out;
	}
	for (int i = 0; i < s->n; i++) {
		dt_sou_member_t *m = &s->m[i];
		dt_ctfid_t mt = dt_type_ctf(dtp, m->type);

		if (at[i] == UINT64_MAX)
			continue;
		if (m->bits > 0) {
			ctf_encoding_t e = { m->type.sign ? CTF_INT_SIGNED : 0, 0, (unsigned)m->bits };

			ctf_add_member_encoded(dtp->ctf, id, m->name, mt, at[i], e);
		} else {
			ctf_add_member_offset(dtp->ctf, id, m->name, mt, at[i]);
		}
	}
	*out = dt_type_from_ctf(dtp, id);
	rc = 0;
out:
	free(at);
	free(s->m);
	pcb->nsou--;
	return rc;
}

void
dt_decl_pcb_fini(dt_pcb_t *pcb)
{
	for (int i = 0; i < pcb->nsou; i++)
		free(((dt_sou_t *)pcb->sou)[i].m);
	free(pcb->sou);
	pcb->sou = NULL;
	pcb->nsou = 0;
}

/* ---- enums -------------------------------------------------------- */

int
dt_decl_enum_ref(dt_pcb_t *pcb, const char *name, dt_type_t *out)
{
	char full[300];

	snprintf(full, sizeof(full), "enum %s", name);
	if (dt_type_lookup(pcb->dtp, full, out) != 0) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_INCOMPLETE, "enum %s is not defined", name);
		return -1;
	}
	return 0;
}

int
dt_decl_enum_begin(dt_pcb_t *pcb, const char *name)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	char full[300];

	if (name) {
		snprintf(full, sizeof(full), "enum %s", name);
		if (ctf_lookup_by_name(dtp->ctf, full) != CTF_ERR) {
			dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_TYPERED, "type redeclared: %s", full);
			return -1;
		}
	}
	pcb->enum_id = ctf_add_enum(dtp->ctf, name ? CTF_ADD_ROOT : CTF_ADD_NONROOT, name);
	pcb->enum_next = 0;
	return pcb->enum_id == CTF_ERR ? -1 : 0;
}

int
dt_decl_enumerator(dt_pcb_t *pcb, const char *name, dt_node_t *value)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	dt_ident_t *idp;
	int64_t v = pcb->enum_next;

	int rc = value ? dt_sema_const(dtp, value, &v) : 0;

	if (rc < 0) {
		pcb->failed = true;
		return -1;
	}
	if (rc > 0) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_ENCONST,
			     "enumerator '%s' must be assigned to an integral constant expression", name);
		return -1;
	}
	if (v < INT32_MIN || v > INT32_MAX) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_ENOFLOW,
			     "enumerator '%s' value overflows INT_MAX (%d)", name, INT32_MAX);
		return -1;
	}
	if (dt_ident_find(dtp, DT_IDK_GLOBAL, name) != NULL || dt_builtin_exists(name)) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_DECL_IDRED, "identifier redeclared: %s", name);
		return -1;
	}
	ctf_add_enumerator(dtp->ctf, pcb->enum_id, name, (int)v);
	idp = dt_ident_new(dtp, DT_IDK_ENUM, name);
	idp->value = v;
	idp->type = dt_type_from_ctf(dtp, pcb->enum_id);
	idp->defined = true;
	pcb->enum_next = v + 1;
	return 0;
}

int
dt_decl_enum_end(dt_pcb_t *pcb, dt_type_t *out)
{
	*out = dt_type_from_ctf(pcb->dtp, pcb->enum_id);
	return 0;
}

int
dt_decl_sizeof(dt_pcb_t *pcb, dt_type_t t, int64_t *out)
{
	if (t.kind == DT_TK_STRING) {
		*out = (int64_t)pcb->dtp->strsize;
		return 0;
	}
	if (t.kind == DT_TK_VOID || t.kind == DT_TK_FUNC || t.incomplete) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_SIZEOF_TYPE,
			     "cannot apply sizeof to an operand of unknown size");
		return -1;
	}
	*out = t.size;
	return 0;
}

int
dt_decl_offsetof(dt_pcb_t *pcb, dt_type_t t, const char *member, int64_t *out)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	dt_type_t mt;
	uint64_t bits;

	if (t.kind != DT_TK_STRUCT && t.kind != DT_TK_UNION) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_OFFSETOF_TYPE,
			     "offsetof operand must be a struct or union type");
		return -1;
	}
	if (dt_type_member(dtp, t, member, &mt, &bits) != 0) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_UNKNOWN, "failed to determine offset of %s: %s",
			     member, ctf_errmsg(ECTF_NOMEMBNAM));
		return -1;
	}
	if (mt.bits) {
		dt_pcb_error(pcb, dt_lex_line(pcb), D_OFFSETOF_BITFIELD,
			     "cannot take offset of a bit-field: %s", member);
		return -1;
	}
	*out = (int64_t)(bits / 8);
	return 0;
}
