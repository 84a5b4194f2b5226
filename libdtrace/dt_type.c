/*
 * dt_type.c -- D's type system, kept in a libctf dictionary per handle.
 *
 * The dictionary starts with D's native types (char .. long long, the
 * fixed-width typedefs, float, double, void).  Declarations in programs add
 * to it, and kernel types are copied in from BTF only when a program names
 * them (dt_btf.c), so a program that names none never reads BTF.
 *
 * The compiler passes types around as dt_type_t: the CTF id (for names,
 * members and element types) plus what code generation needs at hand
 * (kind, size, signedness, bitfield width).  Integer types the compiler
 * makes up itself (int, unsigned long ...) and D's string have id 0.
 */
#include <ctf-api.h>
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"

const dt_type_t dt_type_void = { .kind = DT_TK_VOID };
const dt_type_t dt_type_int = { .kind = DT_TK_INT, .size = 4, .sign = true };
const dt_type_t dt_type_uint = { .kind = DT_TK_INT, .size = 4 };
const dt_type_t dt_type_long = { .kind = DT_TK_INT, .size = 8, .sign = true };
const dt_type_t dt_type_ulong = { .kind = DT_TK_INT, .size = 8 };
const dt_type_t dt_type_string = { .kind = DT_TK_STRING };

/* The native integers, in C's rank order; names are the canonical spellings. */
static const struct {
	const char *name;
	uint8_t size;
	bool sign;
	bool chr;
} dt_native_ints[] = {
	{ "char", 1, true, true },
	{ "signed char", 1, true, true },
	{ "unsigned char", 1, false, true },
	{ "short", 2, true, false },
	{ "unsigned short", 2, false, false },
	{ "int", 4, true, false },
	{ "unsigned int", 4, false, false },
	{ "long", 8, true, false },
	{ "unsigned long", 8, false, false },
	{ "long long", 8, true, false },
	{ "unsigned long long", 8, false, false },
	{ "_Bool", 1, false, false },
};

/* D's typedefs (the Linux spellings of DTrace's): name and target. */
static const struct {
	const char *name, *target;
} dt_native_typedefs[] = {
	{ "int8_t", "signed char" }, { "int16_t", "short" }, { "int32_t", "int" },
	{ "int64_t", "long long" }, { "uint8_t", "unsigned char" },
	{ "uint16_t", "unsigned short" }, { "uint32_t", "unsigned int" },
	{ "uint64_t", "unsigned long long" }, { "intptr_t", "long" },
	{ "uintptr_t", "unsigned long" }, { "size_t", "unsigned long" },
	{ "ssize_t", "long" }, { "ptrdiff_t", "long" }, { "off_t", "long" },
	{ "off64_t", "long" }, { "pid_t", "int" }, { "id_t", "int" },
	{ "uid_t", "unsigned int" }, { "gid_t", "unsigned int" },
	{ "time_t", "long" }, { "dev_t", "unsigned long" },
	{ "ino_t", "unsigned long" }, { "mode_t", "unsigned int" },
	{ "processorid_t", "int" }, { "zoneid_t", "int" }, { "hrtime_t", "long long" },
	{ "caddr_t", NULL /* char * */ },
	{ "ipaddr_t", "unsigned int" },      /* an IPv4 address, for inet_ntoa( ) */
	{ "in6_addr_t", NULL /* unsigned char[16]: an IPv6 address, for inet_ntoa6( ) */ },
};

static ctf_id_t
add_int(ctf_dict_t *fp, const char *name, unsigned bits, unsigned fmt)
{
	ctf_encoding_t e = { .cte_format = fmt, .cte_offset = 0, .cte_bits = bits };

	return ctf_add_integer(fp, CTF_ADD_ROOT, name, &e);
}

int
dt_type_init(dtrace_hdl_t *dtp)
{
	ctf_dict_t *fp;
	ctf_encoding_t e;
	int err;

	fp = ctf_create(&err);
	if (fp == NULL) {
		dt_set_errmsg(dtp, "failed to create the type dictionary: %s", ctf_errmsg(err));
		return -1;
	}
	dtp->ctf = fp;
	add_int(fp, "void", 0, CTF_INT_SIGNED);
	for (size_t i = 0; i < sizeof(dt_native_ints) / sizeof(dt_native_ints[0]); i++) {
		unsigned fmt = (dt_native_ints[i].sign ? CTF_INT_SIGNED : 0) |
			       (dt_native_ints[i].chr ? CTF_INT_CHAR : 0);

		if (strcmp(dt_native_ints[i].name, "_Bool") == 0)
			fmt = CTF_INT_BOOL;
		add_int(fp, dt_native_ints[i].name, dt_native_ints[i].size * 8u, fmt);
	}
	e = (ctf_encoding_t){ CTF_FP_SINGLE, 0, 32 };
	ctf_add_float(fp, CTF_ADD_ROOT, "float", &e);
	e = (ctf_encoding_t){ CTF_FP_DOUBLE, 0, 64 };
	ctf_add_float(fp, CTF_ADD_ROOT, "double", &e);
	e = (ctf_encoding_t){ CTF_FP_LDOUBLE, 0, 128 };
	ctf_add_float(fp, CTF_ADD_ROOT, "long double", &e);
	for (size_t i = 0; i < sizeof(dt_native_typedefs) / sizeof(dt_native_typedefs[0]); i++) {
		ctf_id_t t;

		if (dt_native_typedefs[i].target) {
			t = ctf_lookup_by_name(fp, dt_native_typedefs[i].target);
		} else if (strcmp(dt_native_typedefs[i].name, "in6_addr_t") == 0) {
			ctf_arinfo_t ar = { .ctr_contents = ctf_lookup_by_name(fp, "unsigned char"),
					    .ctr_index = ctf_lookup_by_name(fp, "long"),
					    .ctr_nelems = 16 };

			t = ctf_add_array(fp, CTF_ADD_NONROOT, &ar);
		} else {
			t = ctf_add_pointer(fp, CTF_ADD_ROOT, ctf_lookup_by_name(fp, "char"));
		}
		ctf_add_typedef(fp, CTF_ADD_ROOT, dt_native_typedefs[i].name, t);
	}
	if (ctf_update(fp) < 0) {
		dt_set_errmsg(dtp, "failed to create the type dictionary: %s",
			      ctf_errmsg(ctf_errno(fp)));
		return -1;
	}
	return 0;
}

void
dt_type_fini(dtrace_hdl_t *dtp)
{
	if (dtp->ctf)
		ctf_dict_close(dtp->ctf);
	dtp->ctf = NULL;
	dtp->str_ctf = 0;
	dt_btf_fini(dtp);
}

/*
 * D's string as a C type, for the places that need one (members of
 * declared structs, typedefs of them): a typedef named string of
 * char[strsize], as strings are stored inline.  Made on first use, so that
 * it has the strsize the program's options asked for.
 */
dt_ctfid_t
dt_type_string_ctf(dtrace_hdl_t *dtp)
{
	ctf_arinfo_t ar;
	ctf_id_t a;

	if (dtp->str_ctf != 0)
		return dtp->str_ctf;
	ar.ctr_contents = ctf_lookup_by_name(dtp->ctf, "char");
	ar.ctr_index = ctf_lookup_by_name(dtp->ctf, "long");
	ar.ctr_nelems = (uint32_t)dtp->strsize;
	a = ctf_add_array(dtp->ctf, CTF_ADD_NONROOT, &ar);
	if (a == CTF_ERR)
		return CTF_ERR;
	dtp->str_ctf = ctf_add_typedef(dtp->ctf, CTF_ADD_NONROOT, "string", a);
	if (dtp->str_ctf == CTF_ERR) {
		dtp->str_ctf = 0;
		return CTF_ERR;
	}
	return dtp->str_ctf;
}

/* What code generation needs to know of a CTF type. */
dt_type_t
dt_type_from_ctf(dtrace_hdl_t *dtp, ctf_id_t id)
{
	ctf_dict_t *fp = dtp->ctf;
	dt_type_t t = { .kind = DT_TK_VOID, .id = id };
	ctf_encoding_t e;
	ctf_id_t r;
	int kind;

	if (id == 0 || id == CTF_ERR)
		return dt_type_void;
	for (r = id; dtp->str_ctf != 0 && ctf_type_kind(fp, r) == CTF_K_TYPEDEF;
	     r = ctf_type_reference(fp, r))
		if (r == (ctf_id_t)dtp->str_ctf)
			return dt_type_string;
	r = ctf_type_resolve(fp, id);
	if (r == CTF_ERR)
		return t;
	kind = ctf_type_kind(fp, r);
	if (kind == CTF_K_FORWARD && dt_btf_complete(dtp, r) == 0)
		kind = ctf_type_kind(fp, r);
	switch (kind) {
	case CTF_K_INTEGER:
		if (ctf_type_encoding(fp, r, &e) != 0 || e.cte_bits == 0)
			return t;
		t.kind = DT_TK_INT;
		t.size = (uint32_t)ctf_type_size(fp, r);
		t.sign = (e.cte_format & CTF_INT_SIGNED) != 0;
		if (e.cte_bits != t.size * 8 || e.cte_offset != 0) {
			t.bits = (uint8_t)e.cte_bits;
			t.bitoff = (uint8_t)e.cte_offset;
		}
		if (t.size == 0 || t.size > 8) {
			t.size = t.size ? t.size : 1;
			t.kind = DT_TK_OTHER;
		}
		break;
	case CTF_K_ENUM:
		t.kind = DT_TK_INT;
		t.size = (uint32_t)ctf_type_size(fp, r);
		t.sign = true;
		break;
	case CTF_K_FLOAT:
		t.kind = DT_TK_FLOAT;
		t.size = (uint32_t)ctf_type_size(fp, r);
		break;
	case CTF_K_POINTER:
		t.kind = DT_TK_PTR;
		t.size = 8;
		break;
	case CTF_K_ARRAY:
		t.kind = DT_TK_ARRAY;
		t.size = (uint32_t)ctf_type_size(fp, r);
		break;
	case CTF_K_STRUCT:
	case CTF_K_UNION:
		t.kind = kind == CTF_K_STRUCT ? DT_TK_STRUCT : DT_TK_UNION;
		t.size = (uint32_t)ctf_type_size(fp, r);
		break;
	case CTF_K_FORWARD:
		t.kind = DT_TK_STRUCT;
		t.size = 0;
		t.incomplete = true;
		break;
	case CTF_K_FUNCTION:
		t.kind = DT_TK_FUNC;
		break;
	default:
		t.kind = DT_TK_OTHER;
		break;
	}
	return t;
}

/* The CTF id of a type, making one up for the compiler's own integers. */
ctf_id_t
dt_type_ctf(dtrace_hdl_t *dtp, dt_type_t t)
{
	if (t.id != 0)
		return t.id;
	switch (t.kind) {
	case DT_TK_VOID:
		return ctf_lookup_by_name(dtp->ctf, "void");
	case DT_TK_INT:
		for (size_t i = 0; i < sizeof(dt_native_ints) / sizeof(dt_native_ints[0]); i++)
			if (dt_native_ints[i].size == t.size && dt_native_ints[i].sign == t.sign &&
			    strcmp(dt_native_ints[i].name, "signed char") != 0)
				return ctf_lookup_by_name(dtp->ctf, dt_native_ints[i].name);
		return CTF_ERR;
	case DT_TK_STRING:
		return dt_type_string_ctf(dtp);
	default:
		return CTF_ERR;
	}
}

const char *
dt_type_name(dtrace_hdl_t *dtp, dt_type_t t, char *buf, size_t len)
{
	static const char *const sname[] = { "char", "short", "int", "long" };
	ctf_id_t id;

	if (t.kind == DT_TK_STRING)
		return "string";
	/* what stack(), func()/sym() and mod() give, by DTrace's names */
	if (t.kind == DT_TK_STACK)
		return "stack";
	if (t.kind == DT_TK_SYMADDR || t.kind == DT_TK_MODADDR)
		return "_symaddr";
	if (t.kind == DT_TK_VOID && t.id == 0)
		return "void";
	if (t.id == 0 && t.kind == DT_TK_INT) {
		int i = t.size == 1 ? 0 : t.size == 2 ? 1 : t.size == 4 ? 2 : 3;

		snprintf(buf, len, "%s%s", t.sign ? "" : "unsigned ", sname[i]);
		return buf;
	}
	id = dt_type_ctf(dtp, t);
	if (id == CTF_ERR || ctf_type_name(dtp->ctf, id, buf, len) == NULL)
		snprintf(buf, len, "<unknown type>");
	return buf;
}

bool
dt_type_same(dt_type_t a, dt_type_t b)
{
	if (a.kind != b.kind || a.size != b.size || a.sign != b.sign || a.bits != b.bits)
		return false;
	if (a.kind == DT_TK_INT || a.kind == DT_TK_STRING || a.kind == DT_TK_VOID)
		return true;
	return a.id == b.id;
}

/* Two types are compatible if C (or D, for strings) assigns one to the other. */
bool
dt_type_compat(dtrace_hdl_t *dtp, dt_type_t a, dt_type_t b)
{
	if (dt_type_isarith(a) && dt_type_isarith(b))
		return true;
	if (a.kind != b.kind)
		return false;
	if (a.kind == DT_TK_STRING || a.kind == DT_TK_VOID)
		return true;
	if (a.id == b.id)
		return true;
	return ctf_type_compat(dtp->ctf, a.id, dtp->ctf, b.id) != 0;
}

bool
dt_type_isarith(dt_type_t t)
{
	return t.kind == DT_TK_INT || t.kind == DT_TK_FLOAT;
}

bool
dt_type_isscalar(dt_type_t t)
{
	return t.kind == DT_TK_INT || t.kind == DT_TK_PTR || t.kind == DT_TK_FLOAT;
}

dt_type_t
dt_type_promote(dt_type_t t)
{
	if (t.kind == DT_TK_INT && (t.size < 4 || t.bits))
		return dt_type_int;
	if (t.kind == DT_TK_INT && t.id != 0) {
		/* typedefs and enums keep their meaning but not their name */
		t.id = 0;
		if (t.size == 4 && !t.sign)
			return dt_type_uint;
	}
	return t;
}

/* C's usual arithmetic conversions. */
dt_type_t
dt_arith_type(dt_type_t a, dt_type_t b)
{
	a = dt_type_promote(a);
	b = dt_type_promote(b);
	if (a.size == b.size) {
		a.sign = a.sign && b.sign;
		a.id = 0;
		return a;
	}
	return a.size > b.size ? a : b;
}

/* A type by its name: "int", "struct foo", "uint64_t", "vmlinux`struct task_struct". */
int
dt_type_lookup(dtrace_hdl_t *dtp, const char *name, dt_type_t *out)
{
	const char *bq = strchr(name, '`');
	ctf_id_t id;

	if (bq != NULL) {
		/* a module scope: only the kernel's types are known here */
		if (strncmp(name, "vmlinux`", 8) != 0 && strncmp(name, "genunix`", 8) != 0) {
			return -1;
		}
		name = bq + 1;
	}
	id = ctf_lookup_by_name(dtp->ctf, name);
	if (id == CTF_ERR && dt_btf_lookup(dtp, name, &id) != 0)
		return -1;
	*out = dt_type_from_ctf(dtp, id);
	return 0;
}

/*
 * A type by a C declaration without a declarator, as probe arguments are
 * described ("const char *", "struct pollfd *", "unsigned int", "char
 * *const *"): qualifiers are dropped, trailing '*'s make pointers.
 */
int
dt_type_lookup_decl(dtrace_hdl_t *dtp, const char *decl, dt_type_t *out)
{
	char base[256];
	size_t n = 0;
	int nptr = 0;
	dt_type_t t;

	for (const char *p = decl; *p && n + 1 < sizeof(base);) {
		size_t w = strcspn(p, " *");

		if ((w == 5 && strncmp(p, "const", 5) == 0) ||
		    (w == 8 && strncmp(p, "volatile", 8) == 0) ||
		    (w == 8 && strncmp(p, "restrict", 8) == 0)) {
			p += w;
		} else if (*p == '*') {
			nptr++;
			p++;
		} else if (*p == ' ') {
			p++;
		} else {
			if (nptr > 0)
				return -1;      /* a name after a '*' is not a type */
			if (n > 0)
				base[n++] = ' ';
			if (n + w >= sizeof(base))
				return -1;
			memcpy(base + n, p, w);
			n += w;
			p += w;
		}
	}
	base[n] = '\0';
	/* C's other spellings of the integers: "unsigned", "long int", "signed short" */
	if (strcmp(base, "unsigned") == 0 || strcmp(base, "signed") == 0)
		strcat(base, " int");
	if (strncmp(base, "signed ", 7) == 0 && strcmp(base, "signed char") != 0)
		memmove(base, base + 7, strlen(base + 7) + 1);
	n = strlen(base);
	if (n > 4 && strcmp(base + n - 4, " int") == 0 && (strstr(base, "long") || strstr(base, "short")))
		base[n - 4] = '\0';
	if (n == 0 || dt_type_lookup(dtp, base, &t) != 0)
		return -1;
	while (nptr-- > 0)
		t = dt_type_pointer(dtp, t);
	*out = t;
	return 0;
}

/* Is 'name' a typedef a program may use as a type? (kernel: only if asked) */
bool
dt_type_is_typedef(dtrace_hdl_t *dtp, const char *name, bool kernel)
{
	ctf_id_t id = ctf_lookup_by_name(dtp->ctf, name);

	if (id != CTF_ERR)
		return ctf_type_kind(dtp->ctf, id) == CTF_K_TYPEDEF;
	if (!kernel)
		return false;
	return dt_btf_lookup_typedef(dtp, name, &id) == 0;
}

dt_type_t
dt_type_pointer(dtrace_hdl_t *dtp, dt_type_t t)
{
	ctf_id_t base = dt_type_ctf(dtp, t), p;

	if (base == CTF_ERR)
		return dt_type_void;
	p = ctf_type_pointer(dtp->ctf, base);
	if (p == CTF_ERR)
		p = ctf_add_pointer(dtp->ctf, CTF_ADD_ROOT, base);
	return dt_type_from_ctf(dtp, p);
}

dt_type_t
dt_type_array(dtrace_hdl_t *dtp, dt_type_t t, uint32_t n)
{
	ctf_arinfo_t ar;
	ctf_id_t a;

	ar.ctr_contents = dt_type_ctf(dtp, t);
	ar.ctr_index = ctf_lookup_by_name(dtp->ctf, "long");
	ar.ctr_nelems = n;
	if (ar.ctr_contents == CTF_ERR)
		return dt_type_void;
	a = ctf_add_array(dtp->ctf, CTF_ADD_ROOT, &ar);
	return dt_type_from_ctf(dtp, a);
}

/* The type a pointer points at, or an array's element type. */
dt_type_t
dt_type_deref(dtrace_hdl_t *dtp, dt_type_t t)
{
	ctf_id_t r = ctf_type_resolve(dtp->ctf, t.id);
	ctf_arinfo_t ar;

	if (t.kind == DT_TK_STRING)
		return dt_type_from_ctf(dtp, ctf_lookup_by_name(dtp->ctf, "char"));
	if (t.kind == DT_TK_PTR)
		return dt_type_from_ctf(dtp, ctf_type_reference(dtp->ctf, r));
	if (t.kind == DT_TK_ARRAY && ctf_array_info(dtp->ctf, r, &ar) == 0)
		return dt_type_from_ctf(dtp, ar.ctr_contents);
	return dt_type_void;
}

uint32_t
dt_type_nelems(dtrace_hdl_t *dtp, dt_type_t t)
{
	ctf_arinfo_t ar;

	if (t.kind != DT_TK_ARRAY || ctf_array_info(dtp->ctf, ctf_type_resolve(dtp->ctf, t.id), &ar) != 0)
		return 0;
	return ar.ctr_nelems;
}

/* Is this a char, or an array of / pointer to char (D treats those as strings)? */
bool
dt_type_ischar(dtrace_hdl_t *dtp, dt_type_t t)
{
	ctf_encoding_t e;
	ctf_id_t r;

	if (t.kind != DT_TK_INT || t.size != 1)
		return false;
	if (t.id == 0)
		return true;
	r = ctf_type_resolve(dtp->ctf, t.id);
	return ctf_type_kind(dtp->ctf, r) == CTF_K_INTEGER &&
	       ctf_type_encoding(dtp->ctf, r, &e) == 0 && (e.cte_format & CTF_INT_CHAR);
}

bool
dt_type_isstrlike(dtrace_hdl_t *dtp, dt_type_t t)
{
	if (t.kind == DT_TK_STRING)
		return true;
	if (t.kind == DT_TK_ARRAY || t.kind == DT_TK_PTR)
		return dt_type_ischar(dtp, dt_type_deref(dtp, t));
	return false;
}

/*
 * A member of a struct or union, searching anonymous members too.
 * Returns the member's type and its offset in bits.
 */
int
dt_type_member(dtrace_hdl_t *dtp, dt_type_t sou, const char *name, dt_type_t *mt,
	       uint64_t *bitoff)
{
	ctf_membinfo_t mi;
	ctf_id_t r = ctf_type_resolve(dtp->ctf, sou.id);

	if (ctf_member_info(dtp->ctf, r, name, &mi) != 0)
		return -1;
	*mt = dt_type_from_ctf(dtp, mi.ctm_type);
	*bitoff = mi.ctm_offset;
	if (mt->bits) {
		/* slices carry their offset within the containing storage */
		*bitoff += mt->bitoff;
	}
	return 0;
}
