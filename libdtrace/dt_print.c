/*
 * dt_print.c -- the print( ) action's output: a recorded value shown with
 * its type, the way DTrace shows it (as "::print -tn" of mdb does):
 *
 *	int 0xa
 *	struct s {
 *	    int a = 0x1
 *	    char [8] name = [ "abc" ]
 *	    struct t inner = {
 *	        long b = 0x2
 *	    }
 *	}
 *
 * Integers are hex, chars quoted, enums by name, pointers in hex; nested
 * members are indented four spaces per level, and so are the elements of
 * arrays of structs.  A struct's closing brace ends the output without a
 * newline (the probe line's newline, or the next output, follows it).
 */
#include <ctf-api.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "dt_impl.h"

typedef struct dt_pr {
	ctf_dict_t *fp;
	FILE *out;
	const unsigned char *base;   /* the value, zero padded to its type's size */
} dt_pr_t;

static void dt_pr_item(dt_pr_t *pr, const char *name, ctf_id_t id, unsigned long bitoff,
		       int depth, int nest);

static void
dt_pr_indent(dt_pr_t *pr, int depth, int nest)
{
	fprintf(pr->out, "%*s", (depth + nest) * 4, "");
}

static void
dt_pr_hex(dt_pr_t *pr, const unsigned char *p, size_t size)
{
	uint8_t v8;
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;

	switch (size) {
	case 1: memcpy(&v8, p, 1); fprintf(pr->out, "%#x", v8); break;
	case 2: memcpy(&v16, p, 2); fprintf(pr->out, "%#x", v16); break;
	case 4: memcpy(&v32, p, 4); fprintf(pr->out, "%#x", v32); break;
	case 8: memcpy(&v64, p, 8); fprintf(pr->out, "%#llx", (unsigned long long)v64); break;
	default: fprintf(pr->out, "<invalid size %u>", (unsigned)size); break;
	}
}

/* Is this encoding a (signed, 8-bit) char, which prints as a character? */
static bool
dt_pr_ischar(const ctf_encoding_t *e)
{
	return (e->cte_format & (CTF_INT_CHAR | CTF_INT_SIGNED)) == (CTF_INT_CHAR | CTF_INT_SIGNED) &&
	       e->cte_bits == 8;
}

/*
 * An integer whose width is not 1, 2, 4 or 8 whole bytes: its bits, read
 * from the bytes its width covers (as DTrace reads them).
 */
static void
dt_pr_bitfield(dt_pr_t *pr, const ctf_encoding_t *e, unsigned long bitoff)
{
	size_t n = (e->cte_bits + 7) / 8;
	uint64_t v = 0;

	memcpy(&v, pr->base + bitoff / 8, n > 8 ? 8 : n);
	v >>= bitoff % 8;
	if (e->cte_bits < 64)
		v &= ((uint64_t)1 << e->cte_bits) - 1;
	fprintf(pr->out, "%#llx", (unsigned long long)v);
}

static void
dt_pr_int(dt_pr_t *pr, ctf_id_t r, unsigned long bitoff)
{
	ctf_encoding_t e;
	size_t size;

	if (ctf_type_encoding(pr->fp, r, &e) != 0) {
		fputs("<unknown encoding>", pr->out);
		return;
	}
	if (e.cte_format & CTF_INT_VARARGS) {
		fputs("...", pr->out);
		return;
	}
	bitoff += e.cte_offset;
	size = e.cte_bits / 8;
	if (size > 8 || e.cte_bits % 8 != 0 || (size & (size - 1)) != 0) {
		dt_pr_bitfield(pr, &e, bitoff);
		return;
	}
	if (dt_pr_ischar(&e)) {
		signed char c = (signed char)pr->base[bitoff / 8];

		if (c > 0 && isprint(c))
			fprintf(pr->out, "'%c'", c);
		else if (c == 0)
			fputs("'\\0'", pr->out);
		else
			fprintf(pr->out, "'\\%03o'", (unsigned)(int)c);
		return;
	}
	dt_pr_hex(pr, pr->base + bitoff / 8, size);
}

static void
dt_pr_float(dt_pr_t *pr, ctf_id_t r, unsigned long bitoff)
{
	const unsigned char *p = pr->base + bitoff / 8;
	ctf_encoding_t e;
	float f;
	double d;
	long double ld;

	if (ctf_type_encoding(pr->fp, r, &e) != 0)
		return;
	if (e.cte_format == CTF_FP_SINGLE && e.cte_bits == 32) {
		memcpy(&f, p, sizeof(f));
		fprintf(pr->out, "%+.7e", f);
	} else if (e.cte_format == CTF_FP_DOUBLE && e.cte_bits == 64) {
		memcpy(&d, p, sizeof(d));
		fprintf(pr->out, "%+.7e", d);
	} else if (e.cte_format == CTF_FP_LDOUBLE && e.cte_bits == sizeof(ld) * 8) {
		memcpy(&ld, p, sizeof(ld));
		fprintf(pr->out, "%+.16LE", ld);
	} else {
		fputs("<unknown encoding>", pr->out);
	}
}

static void
dt_pr_enum(dt_pr_t *pr, ctf_id_t r, unsigned long bitoff)
{
	const unsigned char *p = pr->base + bitoff / 8;
	ssize_t size = ctf_type_size(pr->fp, r);
	const char *name;
	uint8_t v8;
	uint16_t v16;
	int32_t v32;
	int v;

	switch (size) {
	case 1: memcpy(&v8, p, 1); v = v8; break;
	case 2: memcpy(&v16, p, 2); v = v16; break;
	case 4: memcpy(&v32, p, 4); v = v32; break;
	default:
		fprintf(pr->out, "<invalid enum size %u>", (unsigned)size);
		return;
	}
	if ((name = ctf_enum_name(pr->fp, r, v)) != NULL)
		fputs(name, pr->out);
	else
		fprintf(pr->out, "%d", v);
}

/*
 * An array: "[ 0x1, 0x2 ]", structs one per line, or a char array that
 * holds a string as "[ "abc" ]" (the brackets left out at the top level,
 * so that a string prints as string "abc").
 */
static void
dt_pr_array(dt_pr_t *pr, ctf_id_t r, unsigned long bitoff, int depth, int nest)
{
	const unsigned char *p = pr->base + bitoff / 8;
	ctf_arinfo_t ar;
	ctf_encoding_t e;
	ctf_id_t er;
	ssize_t esz;
	bool isstr = false, sou;
	int ekind;
	uint32_t i;

	if (ctf_array_info(pr->fp, r, &ar) != 0) {
		fprintf(pr->out, "%p", (const void *)p);
		return;
	}
	if ((esz = ctf_type_size(pr->fp, ar.ctr_contents)) < 0 ||
	    (er = ctf_type_resolve(pr->fp, ar.ctr_contents)) == CTF_ERR ||
	    (ekind = ctf_type_kind(pr->fp, er)) < 0) {
		fprintf(pr->out, "<invalid type %lu>", (unsigned long)ar.ctr_contents);
		return;
	}
	sou = ekind == CTF_K_STRUCT || ekind == CTF_K_UNION;
	if (ekind == CTF_K_INTEGER && ctf_type_encoding(pr->fp, er, &e) == 0 && dt_pr_ischar(&e)) {
		/* printable characters, then a NUL */
		for (i = 0; i < ar.ctr_nelems; i++) {
			signed char c = (signed char)p[esz * i];

			if (c <= 0 || !isprint(c))
				break;
		}
		isstr = i < ar.ctr_nelems && p[esz * i] == 0;
	}
	if (!isstr || depth != 0)
		fputs("[ ", pr->out);
	if (isstr) {
		fputc('"', pr->out);
		for (i = 0; i < ar.ctr_nelems && p[esz * i] != 0; i++)
			fputc(p[esz * i], pr->out);
		fputc('"', pr->out);
	} else {
		for (i = 0; i < ar.ctr_nelems; i++) {
			dt_pr_item(pr, "", ar.ctr_contents, bitoff + (unsigned long)esz * 8 * i, 0,
				   nest + depth + 1);
			if (i + 1 != ar.ctr_nelems)
				fputs(", ", pr->out);
			else if (sou)
				fputc('\n', pr->out);
		}
	}
	if (!isstr || depth != 0) {
		if (sou)
			dt_pr_indent(pr, depth, nest);
		else
			fputc(' ', pr->out);
		fputc(']', pr->out);
	}
}

typedef struct dt_pr_members {
	dt_pr_t *pr;
	unsigned long bitoff;
	int depth, nest;
	int n;
} dt_pr_members_t;

static int
dt_pr_member(const char *name, ctf_id_t type, unsigned long offset, void *arg)
{
	dt_pr_members_t *m = arg;

	dt_pr_item(m->pr, name ? name : "", type, m->bitoff + offset, m->depth + 1, m->nest);
	m->n++;
	return 0;
}

/*
 * A struct or union: "{", its members a level deeper, then the closing
 * brace at the struct's own indentation (DTrace prints it only after a
 * member, and ends the line only inside another struct).
 */
static void
dt_pr_sou(dt_pr_t *pr, ctf_id_t r, unsigned long bitoff, int depth, int nest)
{
	dt_pr_members_t m = { pr, bitoff, depth, nest, 0 };

	fputs("{\n", pr->out);
	ctf_member_iter(pr->fp, r, dt_pr_member, &m);
	if (m.n == 0)
		return;
	fprintf(pr->out, "%*s}", (depth + nest) * 4, "");
	if (depth > 0)
		fputc('\n', pr->out);
}

/* Is a member an integer narrower than its type, or not on a byte boundary? */
static bool
dt_pr_isbitfield(dt_pr_t *pr, ctf_id_t r, unsigned long bitoff)
{
	ctf_encoding_t e;
	size_t size;

	if (ctf_type_encoding(pr->fp, r, &e) != 0)
		return false;
	size = e.cte_bits / 8;
	return e.cte_bits % 8 != 0 || bitoff % 8 != 0 || size > 8 ||
	       (ssize_t)size != ctf_type_size(pr->fp, r);
}

/*
 * One member (or the value itself, at depth 0): its type, its name and its
 * value on a line of its own; an element of an array of scalars is only
 * its value.
 */
static void
dt_pr_item(dt_pr_t *pr, const char *name, ctf_id_t id, unsigned long bitoff, int depth, int nest)
{
	ctf_id_t r = ctf_type_resolve(pr->fp, id);
	int kind = r == CTF_ERR ? -1 : ctf_type_kind(pr->fp, r);
	bool elem = nest != 0 && depth == 0;
	bool sou = kind == CTF_K_STRUCT || kind == CTF_K_UNION;
	char tname[512];
	size_t len;

	if (kind < CTF_K_INTEGER || kind > CTF_K_FORWARD) {
		dt_pr_indent(pr, depth, nest);
		fprintf(pr->out, "%s = <invalid type %lu>", name, (unsigned long)id);
		return;
	}
	if (!elem || sou) {
		if (ctf_type_name(pr->fp, id, tname, sizeof(tname)) == NULL)
			snprintf(tname, sizeof(tname), "<%ld>", (long)id);
		if (elem)
			fputc('\n', pr->out);
		dt_pr_indent(pr, depth, nest);
		fputs(tname, pr->out);
		if (name[0] != '\0') {
			/* "char *p", not "char * p" */
			len = strlen(tname);
			if (len == 0 || (tname[len - 1] != '*' && tname[len - 1] != ' '))
				fputc(' ', pr->out);
			fputs(name, pr->out);
			if (kind == CTF_K_INTEGER && dt_pr_isbitfield(pr, r, bitoff)) {
				ctf_encoding_t e;

				ctf_type_encoding(pr->fp, r, &e);
				fprintf(pr->out, " :%u", e.cte_bits);
			}
			fputs(" =", pr->out);
		}
		fputc(' ', pr->out);
	}
	switch (kind) {
	case CTF_K_INTEGER: dt_pr_int(pr, r, bitoff); break;
	case CTF_K_FLOAT: dt_pr_float(pr, r, bitoff); break;
	case CTF_K_POINTER:
	case CTF_K_FUNCTION: dt_pr_hex(pr, pr->base + bitoff / 8, (size_t)ctf_type_size(pr->fp, r)); break;
	case CTF_K_ARRAY: dt_pr_array(pr, r, bitoff, depth, nest); break;
	case CTF_K_STRUCT:
	case CTF_K_UNION: dt_pr_sou(pr, r, bitoff, depth, nest); return;
	case CTF_K_ENUM: dt_pr_enum(pr, r, bitoff); break;
	default: fputs("<forward decl>", pr->out); break;
	}
	if (!elem)
		fputc('\n', pr->out);
}

typedef struct dt_pr_ids {
	ctf_id_t *ids;
	size_t n, cap;
} dt_pr_ids_t;

static int
dt_pr_collect(const char *name, ctf_id_t type, unsigned long offset, void *arg)
{
	dt_pr_ids_t *l = arg;

	(void)name;
	(void)offset;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->ids = dt_realloc(l->ids, l->cap * sizeof(*l->ids));
	}
	l->ids[l->n++] = type;
	return 0;
}

/*
 * Kernel structs are copied from BTF as forward declarations until a
 * program uses them; print( ) shows every struct embedded in its value,
 * so they are all filled in when the program is compiled.
 */
static void
dt_pr_complete(dtrace_hdl_t *dtp, ctf_id_t id, int depth)
{
	ctf_id_t r = ctf_type_resolve(dtp->ctf, id);
	dt_pr_ids_t l = { NULL, 0, 0 };
	ctf_arinfo_t ar;

	if (r == CTF_ERR || depth > 64)
		return;
	switch (ctf_type_kind(dtp->ctf, r)) {
	case CTF_K_FORWARD:
		if (dt_btf_complete(dtp, r) == 0)
			dt_pr_complete(dtp, r, depth + 1);
		return;
	case CTF_K_ARRAY:
		if (ctf_array_info(dtp->ctf, r, &ar) == 0)
			dt_pr_complete(dtp, ar.ctr_contents, depth + 1);
		return;
	case CTF_K_STRUCT:
	case CTF_K_UNION:
		/* the member list first: completing types adds to the dictionary */
		ctf_member_iter(dtp->ctf, r, dt_pr_collect, &l);
		for (size_t i = 0; i < l.n; i++)
			dt_pr_complete(dtp, l.ids[i], depth + 1);
		free(l.ids);
		return;
	default:
		return;
	}
}

void
dt_print_prepare(dtrace_hdl_t *dtp, dt_type_t t)
{
	ctf_id_t id = dt_type_ctf(dtp, t);

	if (id != CTF_ERR)
		dt_pr_complete(dtp, id, 0);
}

void
dt_print_typed(dtrace_hdl_t *dtp, FILE *fp, dt_type_t t, const void *addr, size_t size)
{
	ctf_id_t id = dt_type_ctf(dtp, t);
	ssize_t tsize = id == CTF_ERR ? -1 : ctf_type_size(dtp->ctf, id);
	dt_pr_t pr;
	unsigned char *buf;

	if (tsize < 0) {
		/* no type to show it with: as trace( ) shows it */
		dt_print_bytes(fp, addr, size, -33, dtp->quiet);
		return;
	}
	/* reads stay within the copy, however the record was cut */
	buf = dt_zalloc((size_t)tsize + 16);
	memcpy(buf, addr, size < (size_t)tsize ? size : (size_t)tsize);
	pr.fp = dtp->ctf;
	pr.out = fp;
	pr.base = buf;
	dt_pr_item(&pr, "", id, 0, 0, 0);
	free(buf);
}
