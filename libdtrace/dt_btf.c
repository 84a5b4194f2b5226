/*
 * dt_btf.c -- kernel types, copied from the running kernel's BTF into the
 * handle's CTF dictionary when a program names them.
 *
 * Reading vmlinux BTF costs ~15 ms, so it happens only for programs that
 * name a kernel type (struct task_struct, curthread ...).  Copying is lazy
 * too: a struct is copied with its members, but a struct that is only
 * pointed to is copied as a forward declaration and completed when a
 * program looks inside it (dt_btf_complete).  task_struct alone would
 * otherwise drag in most of the kernel's types.
 */
#include <bpf/btf.h>
#include <ctf-api.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"

struct dt_btf {
	struct btf *btf;
	ctf_id_t *map;      /* BTF id -> CTF id (0: not copied yet) */
	uint32_t n;
	bool failed;        /* no kernel BTF: do not try again */
};

static struct dt_btf *
btf_open(dtrace_hdl_t *dtp)
{
	struct dt_btf *b = dtp->kbtf;

	if (b != NULL)
		return b->failed ? NULL : b;
	b = dt_zalloc(sizeof(*b));
	dtp->kbtf = b;
	b->btf = btf__load_vmlinux_btf();
	if (b->btf == NULL) {
		b->failed = true;
		return NULL;
	}
	b->n = btf__type_cnt(b->btf);
	b->map = dt_zalloc(b->n * sizeof(ctf_id_t));
	return b;
}

void
dt_btf_fini(dtrace_hdl_t *dtp)
{
	struct dt_btf *b = dtp->kbtf;

	if (b == NULL)
		return;
	btf__free(b->btf);
	free(b->map);
	free(b);
	dtp->kbtf = NULL;
}

/* Is the kernel's BTF available (loading it if need be)? */
bool
dt_btf_available(dtrace_hdl_t *dtp)
{
	return btf_open(dtp) != NULL;
}

static ctf_id_t import(dtrace_hdl_t *dtp, struct dt_btf *b, int32_t id, bool shallow);

static const char *
bname(struct dt_btf *b, const struct btf_type *t)
{
	const char *s = btf__name_by_offset(b->btf, t->name_off);

	return s && *s ? s : NULL;
}

/* D's name of a BTF integer: by size and sign (NULL: none of D's sizes). */
static const char *
int_dname(struct dt_btf *b, const struct btf_type *t)
{
	uint32_t enc = btf_int_encoding(t);
	const char *name = bname(b, t);
	bool sign = enc & BTF_INT_SIGNED;

	if (enc & BTF_INT_BOOL)
		return "_Bool";
	if (name && strcmp(name, "char") == 0)
		return "char";
	switch (t->size) {
	case 1: return sign ? "signed char" : "unsigned char";
	case 2: return sign ? "short" : "unsigned short";
	case 4: return sign ? "int" : "unsigned int";
	case 8: return sign ? "long" : "unsigned long";
	default: return NULL;
	}
}

/* Integers map onto D's native integers by size and sign. */
static ctf_id_t
import_int(dtrace_hdl_t *dtp, struct dt_btf *b, const struct btf_type *t)
{
	const char *name = bname(b, t), *d = int_dname(b, t);

	if (d == NULL) {
		ctf_encoding_t e = { (btf_int_encoding(t) & BTF_INT_SIGNED) ? CTF_INT_SIGNED : 0, 0,
				     t->size * 8 };

		return ctf_add_integer(dtp->ctf, CTF_ADD_ROOT, name ? name : "__int128", &e);
	}
	return ctf_lookup_by_name(dtp->ctf, d);
}

static ctf_id_t
import_sou(dtrace_hdl_t *dtp, struct dt_btf *b, int32_t id, const struct btf_type *t,
	   ctf_id_t into)
{
	bool isstruct = btf_is_struct(t);
	const char *name = bname(b, t);
	const struct btf_member *m = btf_members(t);
	ctf_id_t s;

	if (into != 0)
		s = isstruct ? ctf_add_struct_sized(dtp->ctf, CTF_ADD_ROOT, name, t->size)
			     : ctf_add_union_sized(dtp->ctf, CTF_ADD_ROOT, name, t->size);
	else
		s = isstruct ? ctf_add_struct_sized(dtp->ctf, name ? CTF_ADD_ROOT : CTF_ADD_NONROOT,
						    name, t->size)
			     : ctf_add_union_sized(dtp->ctf, name ? CTF_ADD_ROOT : CTF_ADD_NONROOT,
						   name, t->size);
	if (s == CTF_ERR)
		return CTF_ERR;
	b->map[id] = s;
	for (int i = 0; i < btf_vlen(t); i++, m++) {
		uint32_t boff = btf_member_bit_offset(t, (uint32_t)i);
		uint32_t bsz = btf_member_bitfield_size(t, (uint32_t)i);
		const char *mname = btf__name_by_offset(b->btf, m->name_off);
		ctf_id_t mt = import(dtp, b, (int32_t)m->type, true);

		if (mt == CTF_ERR)
			continue;
		if (mname && *mname == '\0')
			mname = NULL;
		if (bsz != 0) {
			ctf_encoding_t e = { 0, 0, bsz };
			ctf_encoding_t base;

			if (ctf_type_encoding(dtp->ctf, ctf_type_resolve(dtp->ctf, mt), &base) == 0)
				e.cte_format = base.cte_format;
			ctf_add_member_encoded(dtp->ctf, s, mname, mt, boff, e);
		} else {
			ctf_add_member_offset(dtp->ctf, s, mname, mt, boff);
		}
	}
	return s;
}

/*
 * Copy one BTF type.  'shallow': a named struct/union reached through a
 * pointer becomes a forward declaration (completed on first use).
 */
static ctf_id_t
import(dtrace_hdl_t *dtp, struct dt_btf *b, int32_t id, bool shallow)
{
	const struct btf_type *t;
	ctf_id_t r, ref;
	const char *name;

	if (id == 0)
		return ctf_lookup_by_name(dtp->ctf, "void");
	if ((uint32_t)id >= b->n)
		return CTF_ERR;
	if (b->map[id] != 0)
		return b->map[id];
	t = btf__type_by_id(b->btf, (uint32_t)id);
	name = bname(b, t);
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
		r = import_int(dtp, b, t);
		break;
	case BTF_KIND_FLOAT:
		r = ctf_lookup_by_name(dtp->ctf, t->size == 4 ? "float" : t->size == 8 ? "double"
									 : "long double");
		break;
	case BTF_KIND_PTR:
		ref = import(dtp, b, (int32_t)t->type, true);
		if (ref == CTF_ERR)
			return CTF_ERR;
		r = ctf_type_pointer(dtp->ctf, ref);
		if (r == CTF_ERR)
			r = ctf_add_pointer(dtp->ctf, CTF_ADD_ROOT, ref);
		break;
	case BTF_KIND_ARRAY: {
		const struct btf_array *a = btf_array(t);
		ctf_arinfo_t ar;

		ar.ctr_contents = import(dtp, b, (int32_t)a->type, false);
		ar.ctr_index = ctf_lookup_by_name(dtp->ctf, "long");
		ar.ctr_nelems = a->nelems;
		if (ar.ctr_contents == CTF_ERR)
			return CTF_ERR;
		r = ctf_add_array(dtp->ctf, CTF_ADD_ROOT, &ar);
		break;
	}
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		if (name != NULL) {
			/* already known by name (declared by the program, or copied) */
			char full[256];

			snprintf(full, sizeof(full), "%s %s", btf_is_struct(t) ? "struct" : "union", name);
			r = ctf_lookup_by_name(dtp->ctf, full);
			if (r != CTF_ERR) {
				int k = ctf_type_kind(dtp->ctf, r);

				if (k != CTF_K_FORWARD || shallow) {
					b->map[id] = r;
					return r;
				}
			} else if (shallow) {
				r = ctf_add_forward(dtp->ctf, CTF_ADD_ROOT, name,
						    btf_is_struct(t) ? CTF_K_STRUCT : CTF_K_UNION);
				break;
			}
		}
		r = import_sou(dtp, b, id, t, 0);
		break;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64: {
		char full[256];

		if (name != NULL) {
			snprintf(full, sizeof(full), "enum %s", name);
			r = ctf_lookup_by_name(dtp->ctf, full);
			if (r != CTF_ERR)
				break;
		}
		if (t->size != 4) {
			r = ctf_lookup_by_name(dtp->ctf, t->size == 8 ? "long" : t->size == 2 ? "short"
										  : "char");
			break;
		}
		r = ctf_add_enum(dtp->ctf, name ? CTF_ADD_ROOT : CTF_ADD_NONROOT, name);
		if (r == CTF_ERR)
			return CTF_ERR;
		if (btf_kind(t) == BTF_KIND_ENUM) {
			const struct btf_enum *e = btf_enum(t);

			for (int i = 0; i < btf_vlen(t); i++, e++)
				ctf_add_enumerator(dtp->ctf, r, btf__name_by_offset(b->btf, e->name_off),
						   e->val);
		}
		break;
	}
	case BTF_KIND_FWD:
		if (name == NULL)
			return CTF_ERR;
		{
			char full[256];

			snprintf(full, sizeof(full), "%s %s", btf_kflag(t) ? "union" : "struct", name);
			r = ctf_lookup_by_name(dtp->ctf, full);
			if (r == CTF_ERR)
				r = ctf_add_forward(dtp->ctf, CTF_ADD_ROOT, name,
						    btf_kflag(t) ? CTF_K_UNION : CTF_K_STRUCT);
		}
		break;
	case BTF_KIND_TYPEDEF:
		r = ctf_lookup_by_name(dtp->ctf, name);
		if (r != CTF_ERR && ctf_type_kind(dtp->ctf, r) == CTF_K_TYPEDEF)
			break;
		ref = import(dtp, b, (int32_t)t->type, shallow);
		if (ref == CTF_ERR)
			return CTF_ERR;
		r = ctf_add_typedef(dtp->ctf, CTF_ADD_ROOT, name, ref);
		break;
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		/* qualifiers do not matter to a tracer: use the type itself */
		r = import(dtp, b, (int32_t)t->type, shallow);
		break;
	case BTF_KIND_FUNC_PROTO:
		/* function pointers are addresses: void * below the pointer */
		r = ctf_lookup_by_name(dtp->ctf, "void");
		break;
	default:
		return CTF_ERR;
	}
	if (r != CTF_ERR)
		b->map[id] = r;
	return r;
}

/* A kernel type by C name: "struct task_struct", "union x", "enum y", "pid_t". */
int
dt_btf_lookup(dtrace_hdl_t *dtp, const char *name, ctf_id_t *out)
{
	struct dt_btf *b;
	int kind = BTF_KIND_TYPEDEF, id;
	const char *base = name;
	ctf_id_t r;

	if (strncmp(name, "struct ", 7) == 0) {
		kind = BTF_KIND_STRUCT;
		base = name + 7;
	} else if (strncmp(name, "union ", 6) == 0) {
		kind = BTF_KIND_UNION;
		base = name + 6;
	} else if (strncmp(name, "enum ", 5) == 0) {
		kind = BTF_KIND_ENUM;
		base = name + 5;
	} else if (strchr(name, ' ') || strchr(name, '*') || strchr(name, '[')) {
		return -1;
	}
	if ((b = btf_open(dtp)) == NULL)
		return -1;
	id = btf__find_by_name_kind(b->btf, base, (uint32_t)kind);
	if (id <= 0 && kind == BTF_KIND_ENUM)
		id = btf__find_by_name_kind(b->btf, base, BTF_KIND_ENUM64);
	if (id <= 0)
		return -1;
	r = import(dtp, b, id, false);
	if (r == CTF_ERR)
		return -1;
	if (ctf_type_kind(dtp->ctf, r) == CTF_K_FORWARD && dt_btf_complete(dtp, r) != 0)
		return -1;
	*out = r;
	return 0;
}

int
dt_btf_lookup_typedef(dtrace_hdl_t *dtp, const char *name, ctf_id_t *out)
{
	if (strchr(name, ' '))
		return -1;
	return dt_btf_lookup(dtp, name, out);
}

/* Fill in a struct or union that was copied as a forward declaration. */
int
dt_btf_complete(dtrace_hdl_t *dtp, ctf_id_t fwd)
{
	struct dt_btf *b;
	const char *name = ctf_type_name_raw(dtp->ctf, fwd);
	int kind = ctf_type_kind_forwarded(dtp->ctf, fwd), id;

	if (name == NULL || (b = btf_open(dtp)) == NULL)
		return -1;
	id = btf__find_by_name_kind(b->btf, name,
				    kind == CTF_K_UNION ? BTF_KIND_UNION : BTF_KIND_STRUCT);
	if (id <= 0)
		return -1;
	if (import_sou(dtp, b, id, btf__type_by_id(b->btf, (uint32_t)id), fwd) == CTF_ERR)
		return -1;
	return ctf_type_kind(dtp->ctf, fwd) == CTF_K_FORWARD ? -1 : 0;
}

/* The kernel's offset of a member, for built-in variables that need one. */
int
dt_btf_member_offset(dtrace_hdl_t *dtp, const char *sou, const char *member, uint32_t *off)
{
	dt_type_t t, mt;
	uint64_t bits;

	if (dt_type_lookup(dtp, sou, &t) != 0 || dt_type_member(dtp, t, member, &mt, &bits) != 0)
		return -1;
	*off = (uint32_t)(bits / 8);
	return 0;
}

/*
 * A BTF type as a C declaration that dt_type_lookup_decl() reads back:
 * qualifiers dropped, integers by D's names, pointers as trailing '*'.
 */
static void
decl_name(struct dt_btf *b, uint32_t id, char *buf, size_t len)
{
	const struct btf_type *t;
	const char *name;
	char inner[256];

	for (;;) {
		if (id == 0) {
			snprintf(buf, len, "void");
			return;
		}
		t = btf__type_by_id(b->btf, id);
		if (t == NULL) {
			snprintf(buf, len, "long");
			return;
		}
		if (!btf_is_mod(t) && btf_kind(t) != BTF_KIND_TYPE_TAG)
			break;
		id = t->type;
	}
	name = bname(b, t);
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
		name = int_dname(b, t);
		snprintf(buf, len, "%s", name ? name : "long");
		return;
	case BTF_KIND_PTR:
		if (btf__type_by_id(b->btf, t->type) != NULL &&
		    btf_is_func_proto(btf__type_by_id(b->btf, t->type))) {
			snprintf(buf, len, "void *");
			return;
		}
		decl_name(b, t->type, inner, sizeof(inner) - 2);
		/* "char *", "char **" */
		strcat(inner, inner[strlen(inner) - 1] == '*' ? "*" : " *");
		snprintf(buf, len, "%s", inner);
		return;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_FWD:
		snprintf(buf, len, "%s %s", btf_is_union(t) || (btf_is_fwd(t) && btf_kflag(t)) ?
			 "union" : "struct", name ? name : "?");
		return;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		if (name)
			snprintf(buf, len, "enum %s", name);
		else
			snprintf(buf, len, "%s", t->size == 8 ? "long" : "int");
		return;
	case BTF_KIND_TYPEDEF:
		snprintf(buf, len, "%s", name ? name : "long");
		return;
	default:
		snprintf(buf, len, "long");
		return;
	}
}

/*
 * The arguments of a kernel tracepoint, as its raw tracepoint passes them
 * (the BTF of btf_trace_NAME: a pointer to a function whose first
 * parameter is the tracepoint's private data).  Returns the count (argv
 * allocated, strings too), or -1 when the kernel's BTF does not know it.
 */
int
dt_btf_tracepoint_args(dtrace_hdl_t *dtp, const char *tp, dt_argdesc_t **argv)
{
	struct dt_btf *b = btf_open(dtp);
	const struct btf_type *t;
	const struct btf_param *p;
	char name[256], decl[256];
	int id, n;

	if (b == NULL)
		return -1;
	snprintf(name, sizeof(name), "btf_trace_%s", tp);
	id = btf__find_by_name_kind(b->btf, name, BTF_KIND_TYPEDEF);
	if (id <= 0)
		return -1;
	t = btf__type_by_id(b->btf, (uint32_t)id);
	t = btf__type_by_id(b->btf, t->type);
	if (t == NULL || !btf_is_ptr(t))
		return -1;
	t = btf__type_by_id(b->btf, t->type);
	if (t == NULL || !btf_is_func_proto(t) || btf_vlen(t) < 1)
		return -1;
	n = btf_vlen(t) - 1;
	if (n > 10)
		n = 10;     /* arg0 .. arg9 */
	p = btf_params(t) + 1;
	*argv = n ? dt_zalloc((size_t)n * sizeof(dt_argdesc_t)) : NULL;
	for (int i = 0; i < n; i++) {
		const char *pn = btf__name_by_offset(b->btf, p[i].name_off);

		decl_name(b, p[i].type, decl, sizeof(decl));
		(*argv)[i].type = dt_strdup(decl);
		(*argv)[i].name = pn && *pn ? dt_strdup(pn) : NULL;
		(*argv)[i].native = (uint8_t)i;
	}
	return n;
}

/* The BTF id of a kernel function (for programs attached to it), or -1. */
int
dt_btf_func_id(dtrace_hdl_t *dtp, const char *func)
{
	struct dt_btf *b = btf_open(dtp);
	int id;

	if (b == NULL)
		return -1;
	id = btf__find_by_name_kind(b->btf, func, BTF_KIND_FUNC);
	return id > 0 ? id : -1;
}
