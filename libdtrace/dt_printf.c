/*
 * dt_printf.c -- D's printf(): the format is split at compile time into
 * literal text and conversions (dt_printf_parse), the conversions are
 * matched against the argument types (dt_printf_check), and the recorded
 * values are formatted at consume time (dt_printf_format).
 *
 * Behaviour and diagnostics follow DTrace's printf(): its conversion set
 * (including %a, %A, %C, %S, %T, %Y and the length-modified forms), its
 * prototype rules (e.g. %c takes at most an int, %s only strings, the
 * floating-point conversions have no D type to accept) and its messages.
 * Flags, widths and precisions are applied exactly as C's printf() applies
 * them, using each value's size and signedness.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <arpa/inet.h>
#include <netdb.h>

#include "dt_printf.h"

/* How a conversion checks its value's type. */
typedef enum pf_check {
	PF_CK_NONE,	/* %%: consumes nothing */
	PF_CK_INT,	/* any integer */
	PF_CK_CSI,	/* an integer no wider than int */
	PF_CK_EXACT,	/* an integer of exactly 'size' bytes and signedness 'sign' */
	PF_CK_SIZE,	/* an integer of exactly 'size' bytes, either signedness */
	PF_CK_STR,	/* a string */
	PF_CK_NEVER,	/* a type D does not have (floating point, wide strings) */
	PF_CK_STACK,	/* a stack() (printa's keys) */
} pf_check_t;

/* How a conversion prints its value. */
typedef enum pf_print {
	PF_PR_PCT,	/* "%" */
	PF_PR_DINT,	/* signed or unsigned decimal, as the value's type says */
	PF_PR_SINT,	/* the value as a signed integer of its size */
	PF_PR_UINT,	/* the value as an unsigned integer of its size */
	PF_PR_CHAR,	/* a character */
	PF_PR_WCHAR,	/* a wide character */
	PF_PR_FP,	/* floating point (double) */
	PF_PR_LFP,	/* floating point (long double) */
	PF_PR_STR,	/* a string */
	PF_PR_ESTR,	/* a string with unprintable characters escaped */
	PF_PR_ECHR,	/* a character, escaped */
	PF_PR_ADDR,	/* a kernel address: module`function+0xoffset */
	PF_PR_UADDR,	/* a user address (no user symbols yet: 0x...) */
	PF_PR_STACK,	/* a stack's frames, one per line */
	PF_PR_TIME,	/* nanoseconds since the epoch: "YYYY Mon DD HH:MM:SS" */
	PF_PR_TIME822,	/* nanoseconds since the epoch, RFC 822 form */
	PF_PR_PORT,	/* a port number: its service name, else the number */
	PF_PR_INET,	/* an address string: its host name, else the string */
} pf_print_t;

typedef struct pf_conv {
	const char *name;	/* as written, length modifiers included */
	char ofmt;		/* the C conversion character used to print */
	const char *proto;	/* the prototype, for messages */
	pf_check_t check;
	uint8_t size;		/* PF_CK_EXACT, PF_CK_SIZE */
	bool sign;		/* PF_CK_EXACT */
	pf_print_t print;
} pf_conv_t;

static const char pf_proto_xint[] = "char, short, int, long, or long long";
static const char pf_proto_csi[] = "char, short, or int";
static const char pf_proto_fp[] = "float, double, or long double";
static const char pf_proto_addr[] = "pointer or integer";
static const char pf_proto_uaddr[] =
	"pointer or integer (with -p/-c) or _usymaddr (without -p/-c)";
static const char pf_proto_cstr[] = "char [] or string (or use stringof)";
static const char pf_proto_wstr[] = "wchar_t []";

#define INT_ANY(n, o, p, pr)	{ n, o, p, PF_CK_INT, 0, false, pr }
#define INT_EX(n, o, p, sz, sg, pr) { n, o, p, PF_CK_EXACT, sz, sg, pr }
#define INT_SZ(n, o, p, sz, pr)	{ n, o, p, PF_CK_SIZE, sz, false, pr }
#define FP(n, o, p, pr)		{ n, o, p, PF_CK_NEVER, 0, false, pr }

/*
 * The conversion dictionary.  A length modifier fixes the type the value
 * must have (as DTrace does: %hd takes a short, %lu an unsigned long, %lx
 * any long); z, j and t take any 64-bit integer.
 */
static const pf_conv_t pf_convs[] = {
	INT_ANY("a", 's', pf_proto_addr, PF_PR_ADDR),
	INT_ANY("A", 's', pf_proto_uaddr, PF_PR_UADDR),
	{ "c", 'c', pf_proto_csi, PF_CK_CSI, 0, false, PF_PR_CHAR },
	{ "C", 's', pf_proto_csi, PF_CK_CSI, 0, false, PF_PR_ECHR },
	INT_ANY("d", 'd', pf_proto_xint, PF_PR_DINT),
	INT_ANY("i", 'i', pf_proto_xint, PF_PR_DINT),
	INT_ANY("o", 'o', pf_proto_xint, PF_PR_UINT),
	INT_ANY("u", 'u', pf_proto_xint, PF_PR_UINT),
	INT_ANY("x", 'x', pf_proto_xint, PF_PR_UINT),
	INT_ANY("X", 'X', pf_proto_xint, PF_PR_UINT),
	INT_ANY("p", 'x', pf_proto_addr, PF_PR_UINT),
	FP("e", 'e', pf_proto_fp, PF_PR_FP),
	FP("E", 'E', pf_proto_fp, PF_PR_FP),
	FP("f", 'f', pf_proto_fp, PF_PR_FP),
	FP("g", 'g', pf_proto_fp, PF_PR_FP),
	FP("G", 'G', pf_proto_fp, PF_PR_FP),
	FP("le", 'e', "double", PF_PR_FP),
	FP("lE", 'E', "double", PF_PR_FP),
	FP("lf", 'f', "double", PF_PR_FP),
	FP("lg", 'g', "double", PF_PR_FP),
	FP("lG", 'G', "double", PF_PR_FP),
	FP("Le", 'e', "long double", PF_PR_LFP),
	FP("LE", 'E', "long double", PF_PR_LFP),
	FP("Lf", 'f', "long double", PF_PR_LFP),
	FP("Lg", 'g', "long double", PF_PR_LFP),
	FP("LG", 'G', "long double", PF_PR_LFP),
	{ "s", 's', pf_proto_cstr, PF_CK_STR, 0, false, PF_PR_STR },
	{ "S", 's', pf_proto_cstr, PF_CK_STR, 0, false, PF_PR_ESTR },
	{ "I", 's', pf_proto_cstr, PF_CK_STR, 0, false, PF_PR_INET },
	INT_EX("P", 's', "uint16_t", 2, false, PF_PR_PORT),
	FP("ls", 's', pf_proto_wstr, PF_PR_STR),
	FP("ws", 's', pf_proto_wstr, PF_PR_STR),
	INT_SZ("T", 's', "int64_t", 8, PF_PR_TIME822),
	INT_SZ("Y", 's', "int64_t", 8, PF_PR_TIME),
	INT_EX("lc", 'c', "int", 4, true, PF_PR_WCHAR),
	INT_EX("wc", 'c', "int", 4, true, PF_PR_WCHAR),
	/* char */
	INT_EX("hhd", 'd', "char", 1, true, PF_PR_SINT),
	INT_EX("hhi", 'i', "char", 1, true, PF_PR_SINT),
	INT_EX("hho", 'o', "unsigned char", 1, false, PF_PR_UINT),
	INT_EX("hhu", 'u', "unsigned char", 1, false, PF_PR_UINT),
	INT_SZ("hhx", 'x', "char", 1, PF_PR_UINT),
	INT_SZ("hhX", 'X', "char", 1, PF_PR_UINT),
	/* short */
	INT_EX("hd", 'd', "short", 2, true, PF_PR_SINT),
	INT_EX("hi", 'i', "short", 2, true, PF_PR_SINT),
	INT_EX("ho", 'o', "unsigned short", 2, false, PF_PR_UINT),
	INT_EX("hu", 'u', "unsigned short", 2, false, PF_PR_UINT),
	INT_SZ("hx", 'x', "short", 2, PF_PR_UINT),
	INT_SZ("hX", 'X', "short", 2, PF_PR_UINT),
	/* long */
	INT_EX("ld", 'd', "long", 8, true, PF_PR_SINT),
	INT_EX("li", 'i', "long", 8, true, PF_PR_SINT),
	INT_EX("lo", 'o', "unsigned long", 8, false, PF_PR_UINT),
	INT_EX("lu", 'u', "unsigned long", 8, false, PF_PR_UINT),
	INT_SZ("lx", 'x', "long", 8, PF_PR_UINT),
	INT_SZ("lX", 'X', "long", 8, PF_PR_UINT),
	/* long long */
	INT_EX("lld", 'd', "long long", 8, true, PF_PR_SINT),
	INT_EX("lli", 'i', "long long", 8, true, PF_PR_SINT),
	INT_EX("llo", 'o', "unsigned long long", 8, false, PF_PR_UINT),
	INT_EX("llu", 'u', "unsigned long long", 8, false, PF_PR_UINT),
	INT_SZ("llx", 'x', "long long", 8, PF_PR_UINT),
	INT_SZ("llX", 'X', "long long", 8, PF_PR_UINT),
	/* size_t, intmax_t, ptrdiff_t: any 64-bit integer */
	INT_SZ("zd", 'd', "ssize_t", 8, PF_PR_SINT),
	INT_SZ("zi", 'i', "ssize_t", 8, PF_PR_SINT),
	INT_SZ("zo", 'o', "size_t", 8, PF_PR_UINT),
	INT_SZ("zu", 'u', "size_t", 8, PF_PR_UINT),
	INT_SZ("zx", 'x', "size_t", 8, PF_PR_UINT),
	INT_SZ("zX", 'X', "size_t", 8, PF_PR_UINT),
	INT_SZ("jd", 'd', "intmax_t", 8, PF_PR_SINT),
	INT_SZ("ji", 'i', "intmax_t", 8, PF_PR_SINT),
	INT_SZ("jo", 'o', "uintmax_t", 8, PF_PR_UINT),
	INT_SZ("ju", 'u', "uintmax_t", 8, PF_PR_UINT),
	INT_SZ("jx", 'x', "uintmax_t", 8, PF_PR_UINT),
	INT_SZ("jX", 'X', "uintmax_t", 8, PF_PR_UINT),
	INT_SZ("td", 'd', "ptrdiff_t", 8, PF_PR_SINT),
	INT_SZ("ti", 'i', "ptrdiff_t", 8, PF_PR_SINT),
	INT_SZ("to", 'o', "ptrdiff_t", 8, PF_PR_UINT),
	INT_SZ("tu", 'u', "ptrdiff_t", 8, PF_PR_UINT),
	INT_SZ("tx", 'x', "ptrdiff_t", 8, PF_PR_UINT),
	INT_SZ("tX", 'X', "ptrdiff_t", 8, PF_PR_UINT),
	{ "%", '%', "void", PF_CK_NONE, 0, false, PF_PR_PCT },
	{ "k", 's', "stack", PF_CK_STACK, 0, false, PF_PR_STACK },
};

/* Conversion flags. */
#define PF_ALT		0x001	/* # */
#define PF_ZPAD		0x002	/* 0 */
#define PF_LEFT		0x004	/* - */
#define PF_SPOS		0x008	/* + */
#define PF_GROUP	0x010	/* ' */
#define PF_SPACE	0x020	/* ' ' */
#define PF_DYNWIDTH	0x040	/* width is '*' */
#define PF_DYNPREC	0x080	/* precision is '*' */
#define PF_PREC		0x100	/* a precision was given */
#define PF_AGG		0x200	/* @: the aggregation's value */

#define PF_MAXMODS	6	/* length-modifier characters kept in a name */

/* One piece of the format: literal text, then (unless last) a conversion. */
typedef struct pf_argd {
	size_t pfx_off;		/* literal text before the conversion */
	size_t pfx_len;
	const pf_conv_t *conv;	/* NULL: literal text only */
	unsigned int flags;
	int width;
	int prec;
} pf_argd_t;

struct dt_pfargv {
	char *fn;		/* "printf", for messages */
	char *format;		/* a copy of the format */
	pf_argd_t *argv;
	int argc;
	int nvals;		/* values consumed by the format */
	dtrace_hdl_t *dtp;	/* kernel symbols for %a and %k (NULL: none) */
	dt_pfaddr2str_f *addr2str;
};

static void
pf_err(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
pf_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

static const pf_conv_t *
pf_lookup(const char *name)
{
	for (size_t i = 0; i < sizeof(pf_convs) / sizeof(pf_convs[0]); i++)
		if (strcmp(pf_convs[i].name, name) == 0)
			return &pf_convs[i];
	return NULL;
}

static pf_argd_t *
pf_newargd(dt_pfargv_t *pfv, int *cap)
{
	pf_argd_t *pfd;

	if (pfv->argc == *cap) {
		int ncap = *cap ? *cap * 2 : 8;
		pf_argd_t *nv = realloc(pfv->argv, (size_t)ncap * sizeof(pf_argd_t));

		if (nv == NULL)
			return NULL;
		pfv->argv = nv;
		*cap = ncap;
	}
	pfd = &pfv->argv[pfv->argc++];
	memset(pfd, 0, sizeof(*pfd));
	return pfd;
}

dt_pfargv_t *
dt_printf_parse(const char *fn, const char *fmt, char *err, size_t errlen)
{
	dt_pfargv_t *pfv;
	const char *q, *p;
	int cap = 0, nconv = 0;

	if (fmt == NULL)
		fmt = "";
	if (fn == NULL)
		fn = "printf";

	pfv = calloc(1, sizeof(*pfv));
	if (pfv == NULL || (pfv->fn = strdup(fn)) == NULL ||
	    (pfv->format = strdup(fmt)) == NULL)
		goto nomem;

	for (q = pfv->format; (p = strchr(q, '%')) != NULL; ) {
		pf_argd_t *pfd = pf_newargd(pfv, &cap);
		char name[PF_MAXMODS + 2];
		size_t nmods = 0;
		bool dot = false, digits = false;
		char c;

		if (pfd == NULL)
			goto nomem;
		nconv++;
		pfd->pfx_off = (size_t)(q - pfv->format);
		pfd->pfx_len = (size_t)(p - q);

		for (;;) {
			c = *++p;

			if (c >= '0' && c <= '9') {
				long n = 0;

				if (c == '0' && !dot && !digits) {
					pfd->flags |= PF_ZPAD;
					continue;
				}
				for (; c >= '0' && c <= '9'; c = *++p)
					n = n > (INT_MAX - 9) / 10 ? INT_MAX : n * 10 + (c - '0');
				p--;
				if (dot)
					pfd->prec = (int)n;
				else
					pfd->width = (int)n;
				digits = true;
				continue;
			}

			switch (c) {
			case '#':
				pfd->flags |= PF_ALT;
				continue;
			case '+':
				pfd->flags |= PF_SPOS;
				continue;
			case '-':
				pfd->flags |= PF_LEFT;
				continue;
			case ' ':
				pfd->flags |= PF_SPACE;
				continue;
			case '\'':
				pfd->flags |= PF_GROUP;
				continue;
			case '@':
				pfd->flags |= PF_AGG;
				continue;
			case '?':
				pfd->width = 16;	/* the width of a 64-bit pointer */
				continue;
			case '*': {
				unsigned int f = dot ? PF_DYNPREC : PF_DYNWIDTH;

				if (pfd->flags & f) {
					pf_err(err, errlen, "format conversion #%d has more than one "
					       "'*' specified for the output %s", nconv,
					       dot ? "precision" : "width");
					goto fail;
				}
				pfd->flags |= f;
				continue;
			}
			case '.':
				if (dot) {
					pf_err(err, errlen, "format conversion #%d has more than one "
					       "'.' specified", nconv);
					goto fail;
				}
				dot = true;
				digits = false;
				pfd->flags |= PF_PREC;
				continue;
			case '$':
				pf_err(err, errlen, "format conversion #%d uses unsupported "
				       "positional format (%%n$)", nconv);
				goto fail;
			case '\0':
				pf_err(err, errlen, "format conversion #%d name expected before "
				       "end of format string", nconv);
				goto fail;
			case '%':
				if (p[-1] != '%') {
					pf_err(err, errlen, "format conversion #%d cannot be combined "
					       "with other format flags: %%%%", nconv);
					goto fail;
				}
				break;
			case 'h':
			case 'l':
			case 'L':
			case 'w':
			case 'z':
			case 'j':
			case 't':
				if (nmods < PF_MAXMODS)
					name[nmods++] = c;
				continue;
			default:
				break;
			}
			break;
		}

		name[nmods] = c;
		name[nmods + 1] = '\0';
		pfd->conv = pf_lookup(name);
		if (pfd->conv == NULL) {
			pf_err(err, errlen, "format conversion #%d is undefined: %%%s", nconv, name);
			goto fail;
		}

		if (pfd->conv->print != PF_PR_PCT) {
			pfv->nvals += (pfd->flags & PF_DYNWIDTH) != 0;
			pfv->nvals += (pfd->flags & PF_DYNPREC) != 0;
			pfv->nvals += (pfd->flags & PF_AGG) == 0;
		}
		q = p + 1;
	}

	if (*q != '\0') {
		pf_argd_t *pfd = pf_newargd(pfv, &cap);

		if (pfd == NULL)
			goto nomem;
		pfd->pfx_off = (size_t)(q - pfv->format);
		pfd->pfx_len = strlen(q);
	}
	return pfv;

nomem:
	pf_err(err, errlen, "%s( ) format: out of memory", fn);
fail:
	dt_printf_free(pfv);
	return NULL;
}

int
dt_printf_nvals(const dt_pfargv_t *pfv)
{
	return pfv ? pfv->nvals : 0;
}

/* The name of a D type, as the compiler's messages spell it. */
static const char *
pf_typename(dt_type_t t, char *buf, size_t len)
{
	static const char *const names[] = { "char", "short", "int", "long" };
	int i;

	switch (t.kind) {
	case DT_TK_INT:
		i = t.size == 1 ? 0 : t.size == 2 ? 1 : t.size == 4 ? 2 : 3;
		snprintf(buf, len, "%s%s", t.sign ? "" : "unsigned ", names[i]);
		return buf;
	case DT_TK_STRING:
		return "string";
	case DT_TK_STACK:
		return "stack";
	case DT_TK_SYMADDR:
	case DT_TK_MODADDR:
		return "_symaddr";
	default:
		return "void";
	}
}

static bool
pf_typeok(const pf_conv_t *pfc, dt_type_t t)
{
	/* func()/sym()/mod() keys are addresses to printa( ) */
	if (t.kind == DT_TK_SYMADDR || t.kind == DT_TK_MODADDR)
		t = (dt_type_t){ .kind = DT_TK_INT, .size = 8 };
	switch (pfc->check) {
	case PF_CK_NONE:
		return true;
	case PF_CK_INT:
		return t.kind == DT_TK_INT;
	case PF_CK_CSI:
		return t.kind == DT_TK_INT && t.size <= 4;
	case PF_CK_EXACT:
		return t.kind == DT_TK_INT && t.size == pfc->size && t.sign == pfc->sign;
	case PF_CK_SIZE:
		return t.kind == DT_TK_INT && t.size == pfc->size;
	case PF_CK_STR:
		return t.kind == DT_TK_STRING;
	case PF_CK_STACK:
		return t.kind == DT_TK_STACK;
	default:
		return false;
	}
}

int
dt_printf_check(const dt_pfargv_t *pfv, const dt_type_t *types, const char *const *tnames,
		int ntypes, dt_errtag_t *tagp, char *err, size_t errlen)
{
	const char *fn;
	char tn[64];
	int j = 0;
	dt_errtag_t tag;

#define PF_FAIL(t) do { tag = (t); goto fail; } while (0)
#define PF_TNAME(j) (tnames ? tnames[j] : pf_typename(types[j], tn, sizeof(tn)))
	if (pfv == NULL) {
		pf_err(err, errlen, "printf( ) format is missing");
		PF_FAIL(D_PRINTF_ARG_FMT);
	}
	fn = pfv->fn;
	if (ntypes < 0 || (ntypes > 0 && types == NULL))
		ntypes = 0;

	if (pfv->format[0] == '\0') {
		pf_err(err, errlen, "%s( ) format string is empty", fn);
		PF_FAIL(D_PRINTF_FMT_EMPTY);
	}

	for (int i = 0; i < pfv->argc; i++) {
		const pf_argd_t *pfd = &pfv->argv[i];
		const pf_conv_t *pfc = pfd->conv;
		static const struct {
			unsigned int flag;
			const char *what;
		} dyns[] = { { PF_DYNWIDTH, "*" }, { PF_DYNPREC, ".*" } };

		if (pfc == NULL || pfc->print == PF_PR_PCT)
			continue;

		for (size_t d = 0; d < sizeof(dyns) / sizeof(dyns[0]); d++) {
			if (!(pfd->flags & dyns[d].flag))
				continue;
			if (j >= ntypes) {
				pf_err(err, errlen, "%s( ) prototype mismatch: conversion #%d (%%%s) "
				       "is missing a corresponding \"%s\" argument",
				       fn, i + 1, pfc->name, dyns[d].what);
				PF_FAIL(D_PRINTF_DYN_PROTO);
			}
			if (types[j].kind != DT_TK_INT) {
				pf_err(err, errlen, "%s( ) argument #%d is incompatible with "
				       "conversion #%d prototype:\n\tconversion: %% %s %s\n"
				       "\t prototype: int\n\t  argument: %s",
				       fn, j + 2, i + 1, dyns[d].what, pfc->name, PF_TNAME(j));
				PF_FAIL(D_PRINTF_DYN_TYPE);
			}
			j++;
		}

		if ((pfd->flags & PF_AGG) && strcmp(fn, "printa") == 0)
			continue;       /* the aggregation's value, not an argument */
		if (pfd->flags & PF_AGG) {
			pf_err(err, errlen, "%%@ conversion requires an aggregation and is not "
			       "for use with %s( )", fn);
			PF_FAIL(D_PRINTF_AGG_CONV);
		}
		if (j >= ntypes) {
			pf_err(err, errlen, "%s( ) prototype mismatch: conversion #%d (%%%s) "
			       "is missing a corresponding value argument", fn, i + 1, pfc->name);
			PF_FAIL(D_PRINTF_ARG_PROTO);
		}
		if (!pf_typeok(pfc, types[j])) {
			pf_err(err, errlen, "%s( ) argument #%d is incompatible with conversion "
			       "#%d prototype:\n\tconversion: %%%s\n\t prototype: %s\n"
			       "\t  argument: %s", fn, j + 2, i + 1, pfc->name, pfc->proto,
			       PF_TNAME(j));
			PF_FAIL(D_PRINTF_ARG_TYPE);
		}
		j++;
	}

	/* printa( ) may leave keys unprinted */
	if (j < ntypes && strcmp(fn, "printa") != 0) {
		pf_err(err, errlen, "%s( ) prototype mismatch: only %d arguments required "
		       "by this format string", fn, j);
		PF_FAIL(D_PRINTF_ARG_EXTRA);
	}
	return 0;
fail:
	if (tagp != NULL)
		*tagp = tag;
	return -1;
#undef PF_FAIL
#undef PF_TNAME
}

/* ------------------------------------------------------------------ */
/* Formatting.                                                         */

static int64_t
pf_sext(int64_t v, unsigned int size)
{
	switch (size) {
	case 1: return (int8_t)v;
	case 2: return (int16_t)v;
	case 4: return (int32_t)v;
	default: return v;
	}
}

static uint64_t
pf_zext(int64_t v, unsigned int size)
{
	switch (size) {
	case 1: return (uint8_t)v;
	case 2: return (uint16_t)v;
	case 4: return (uint32_t)v;
	default: return (uint64_t)v;
	}
}

/* The value of an integer as its type has it. */
static int64_t
pf_intval(const dt_pfval_t *v)
{
	return v->type.sign ? pf_sext(v->value, v->type.size)
			    : (int64_t)pf_zext(v->value, v->type.size);
}

/* Append one character's escaped form; returns the number of bytes. */
static size_t
pf_esc1(unsigned char c, char *out)
{
	static const char from[] = "\a\b\f\n\r\t\v\"\\";
	static const char to[] = "abfnrtv\"\\";
	const char *e;

	if (c == '\0') {
		out[0] = '\\';
		out[1] = '0';
		return 2;
	}
	if ((e = strchr(from, c)) != NULL) {
		out[0] = '\\';
		out[1] = to[e - from];
		return 2;
	}
	if (c == ' ' || (c >= '!' && c <= '~')) {
		out[0] = (char)c;
		return 1;
	}
	out[0] = '\\';
	out[1] = (char)('0' + ((c >> 6) & 3));
	out[2] = (char)('0' + ((c >> 3) & 7));
	out[3] = (char)('0' + (c & 7));
	return 4;
}

/* A copy of s with unprintable and special characters as C escapes. */
static char *
pf_escape(const char *s, size_t n)
{
	char *r = malloc(n * 4 + 1), *q = r;

	if (r == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
		q += pf_esc1((unsigned char)s[i], q);
	*q = '\0';
	return r;
}

static const char *const pf_months[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* "YYYY Mon DD HH:MM:SS" (the day space-padded), in local time. */
static void
pf_time(int64_t ns, char *buf, size_t len)
{
	time_t sec = (time_t)(ns / 1000000000);
	struct tm tm;

	if (localtime_r(&sec, &tm) == NULL || tm.tm_mon < 0 || tm.tm_mon > 11) {
		snprintf(buf, len, "%lld", (long long)ns);
		return;
	}
	snprintf(buf, len, "%d %s %2d %02d:%02d:%02d", tm.tm_year + 1900,
		 pf_months[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* RFC 822: "Day, DD Mon YYYY HH:MM:SS TZ", in local time. */
static void
pf_time822(int64_t ns, char *buf, size_t len)
{
	time_t sec = (time_t)(ns / 1000000000);
	struct tm tm;

	if (localtime_r(&sec, &tm) == NULL || strftime(buf, len, "%a, %d %b %G %T %Z", &tm) == 0)
		snprintf(buf, len, "%lld", (long long)ns);
}

/* %P: the service /etc/services names for a TCP port, else its number. */
static const char *
pf_port(uint16_t port, char *buf, size_t len)
{
	struct servent se, *res = NULL;
	char sbuf[1024];

	if (getservbyport_r((int)htons(port), NULL, &se, sbuf, sizeof(sbuf), &res) == 0 &&
	    res != NULL) {
		snprintf(buf, len, "%s", res->s_name);
		return buf;
	}
	snprintf(buf, len, "%u", port);
	return buf;
}

/*
 * %I: an IPv4 or IPv6 address (as a string) replaced by the host name the
 * hosts file gives it; anything else, or an address it does not name,
 * prints as it is.  Only the hosts file is read: a printf( ) must not wait
 * on a name server.
 */
static const char *
pf_inet(const char *s, char *buf, size_t len)
{
	unsigned char want[16];
	int af = strchr(s, ':') ? AF_INET6 : AF_INET;
	size_t alen = af == AF_INET ? 4 : 16;
	FILE *hf;
	char line[512];

	if (inet_pton(af, s, want) != 1 || (hf = fopen("/etc/hosts", "re")) == NULL)
		return s;
	while (fgets(line, sizeof(line), hf) != NULL) {
		unsigned char got[16];
		char *save = NULL, *addr = strtok_r(line, " \t\r\n", &save);
		char *name = addr && *addr != '#' ? strtok_r(NULL, " \t\r\n#", &save) : NULL;

		if (name != NULL && inet_pton(af, addr, got) == 1 && memcmp(got, want, alen) == 0) {
			snprintf(buf, len, "%s", name);
			fclose(hf);
			return buf;
		}
	}
	fclose(hf);
	return s;
}

/*
 * Build the C format for one conversion: flags, width, precision, the
 * given length modifier and conversion character.  Dynamic widths and
 * precisions become '*' (passed to fprintf as int arguments), so negative
 * ones behave exactly as in C.
 */
static void
pf_cfmt(char *f, size_t len, const pf_argd_t *pfd, const char *lenmod, char conv)
{
	size_t n = 0;

	f[n++] = '%';
	if (pfd->flags & PF_ALT)
		f[n++] = '#';
	if (pfd->flags & PF_ZPAD)
		f[n++] = '0';
	if (pfd->flags & PF_LEFT)
		f[n++] = '-';
	if (pfd->flags & PF_SPOS)
		f[n++] = '+';
	if (pfd->flags & PF_SPACE)
		f[n++] = ' ';
	if (pfd->flags & PF_GROUP)
		f[n++] = '\'';
	if (pfd->flags & PF_DYNWIDTH)
		f[n++] = '*';
	else if (pfd->width > 0)
		n += (size_t)snprintf(f + n, len - n, "%d", pfd->width);
	if (pfd->flags & PF_DYNPREC) {
		f[n++] = '.';
		f[n++] = '*';
	} else if (pfd->flags & PF_PREC) {
		n += (size_t)snprintf(f + n, len - n, ".%d", pfd->prec);
	}
	snprintf(f + n, len - n, "%s%c", lenmod, conv);
}

/*
 * Print one conversion's value with the C format 'cf'.  'dw' and 'dp' are
 * the dynamic width and precision, passed only when the format has '*'.
 */
#define PF_PRINT(fp, cf, pfd, dw, dp, val) \
	(((pfd)->flags & PF_DYNWIDTH) ? \
	 (((pfd)->flags & PF_DYNPREC) ? fprintf(fp, cf, dw, dp, val) : fprintf(fp, cf, dw, val)) : \
	 (((pfd)->flags & PF_DYNPREC) ? fprintf(fp, cf, dp, val) : fprintf(fp, cf, val)))

/* A kernel address as its symbol, or as a number when the format is not bound. */
static void
pf_addr(const dt_pfargv_t *pfv, uint64_t addr, char *buf, size_t len)
{
	if (pfv->addr2str != NULL)
		pfv->addr2str(pfv->dtp, addr, buf, len);
	else
		snprintf(buf, len, "0x%llx", (unsigned long long)addr);
}

/* A stack's frames for %k: a newline, then each frame, indented, in the conversion's width. */
static int
pf_stack(FILE *fp, const dt_pfargv_t *pfv, const pf_argd_t *pfd, int dw, int dp,
	 const dt_pfval_t *v)
{
	char cf[64], buf[1024];
	int total = 1;

	fputc('\n', fp);
	pf_cfmt(cf, sizeof(cf), pfd, "", 's');
	for (uint32_t i = 0; i < v->type.size / 8 && v->pcs[i] != 0; i++) {
		int rc;

		pf_addr(pfv, v->pcs[i], buf, sizeof(buf));
		rc = fprintf(fp, "%*s", pfv->dtp ? (int)pfv->dtp->stackindent : 14, "");
		rc += PF_PRINT(fp, cf, pfd, dw, dp, buf);
		rc += fprintf(fp, "\n");
		if (rc < 0 || rc > INT_MAX - total)
			return -1;
		total += rc;
	}
	return total;
}

static int
pf_format1(FILE *fp, const dt_pfargv_t *pfv, const pf_argd_t *pfd, int dw, int dp,
	   const dt_pfval_t *v)
{
	const pf_conv_t *pfc = pfd->conv;
	char cf[64], buf[128];
	const char *s = NULL;
	char *alloc = NULL;
	int rc;

	if (pfc->check == PF_CK_STACK) {
		if (v->type.kind != DT_TK_STACK || v->pcs == NULL)
			return -1;
		return pf_stack(fp, pfv, pfd, dw, dp, v);
	}
	if (pfc->check == PF_CK_STR || pfc->check == PF_CK_NEVER) {
		if (pfc->print == PF_PR_FP || pfc->print == PF_PR_LFP) {
			if (v->type.kind != DT_TK_INT)
				return -1;
		} else if (v->type.kind != DT_TK_STRING || v->str == NULL) {
			return -1;
		}
	} else if (v->type.kind != DT_TK_INT) {
		return -1;
	}

	switch (pfc->print) {
	case PF_PR_DINT:
		if (v->type.sign) {
			pf_cfmt(cf, sizeof(cf), pfd, "ll", pfc->ofmt);
			return PF_PRINT(fp, cf, pfd, dw, dp, (long long)pf_sext(v->value, v->type.size));
		}
		pf_cfmt(cf, sizeof(cf), pfd, "ll", 'u');
		return PF_PRINT(fp, cf, pfd, dw, dp,
				(unsigned long long)pf_zext(v->value, v->type.size));
	case PF_PR_SINT:
		pf_cfmt(cf, sizeof(cf), pfd, "ll", pfc->ofmt);
		return PF_PRINT(fp, cf, pfd, dw, dp, (long long)pf_sext(v->value, v->type.size));
	case PF_PR_UINT:
		pf_cfmt(cf, sizeof(cf), pfd, "ll", pfc->ofmt);
		return PF_PRINT(fp, cf, pfd, dw, dp,
				(unsigned long long)pf_zext(v->value, v->type.size));
	case PF_PR_CHAR:
		pf_cfmt(cf, sizeof(cf), pfd, "", 'c');
		return PF_PRINT(fp, cf, pfd, dw, dp, (int)pf_sext(v->value, v->type.size));
	case PF_PR_WCHAR:
		pf_cfmt(cf, sizeof(cf), pfd, "l", 'c');
		return PF_PRINT(fp, cf, pfd, dw, dp, (wint_t)pf_intval(v));
	case PF_PR_FP:
		pf_cfmt(cf, sizeof(cf), pfd, "", pfc->ofmt);
		return PF_PRINT(fp, cf, pfd, dw, dp,
				v->type.sign ? (double)pf_intval(v) : (double)(uint64_t)pf_intval(v));
	case PF_PR_LFP:
		pf_cfmt(cf, sizeof(cf), pfd, "L", pfc->ofmt);
		return PF_PRINT(fp, cf, pfd, dw, dp,
				v->type.sign ? (long double)pf_intval(v)
					     : (long double)(uint64_t)pf_intval(v));
	case PF_PR_STR:
		s = v->str;
		break;
	case PF_PR_ESTR:
		s = alloc = pf_escape(v->str, strlen(v->str));
		break;
	case PF_PR_ECHR: {
		char c = (char)pf_sext(v->value, v->type.size);

		s = alloc = pf_escape(&c, 1);
		break;
	}
	case PF_PR_ADDR:
		pf_addr(pfv, pf_zext(v->value, v->type.size), buf, sizeof(buf));
		s = buf;
		break;
	case PF_PR_UADDR:
		snprintf(buf, sizeof(buf), "0x%llx",
			 (unsigned long long)pf_zext(v->value, v->type.size));
		s = buf;
		break;
	case PF_PR_TIME:
		pf_time(pf_sext(v->value, v->type.size), buf, sizeof(buf));
		s = buf;
		break;
	case PF_PR_TIME822:
		pf_time822(pf_sext(v->value, v->type.size), buf, sizeof(buf));
		s = buf;
		break;
	case PF_PR_PORT:
		s = pf_port((uint16_t)pf_zext(v->value, v->type.size), buf, sizeof(buf));
		break;
	case PF_PR_INET:
		s = pf_inet(v->str, buf, sizeof(buf));
		break;
	default:
		return -1;
	}

	if (s == NULL)
		return -1;
	pf_cfmt(cf, sizeof(cf), pfd, "", 's');
	rc = PF_PRINT(fp, cf, pfd, dw, dp, s);
	free(alloc);
	return rc;
}

/*
 * The one loop behind printf( ) and printa( ): vals feed the conversions in
 * order; with aggregation values (printa), each %@ conversion takes the
 * next one (the last again when there are more %@ than aggregations), a
 * histogram one being printed by hist(idx, ctx) whatever the conversion.
 * printa( ) stops quietly when the keys run out.
 */
static int
pf_format_all(FILE *fp, const dt_pfargv_t *pfv, const dt_pfval_t *vals, int nvals,
	      const dt_pfval_t *aggvals, int naggs, int (*hist)(FILE *, int, void *), void *ctx)
{
	int total = 0, k = 0, nagg = 0;

	if (fp == NULL || pfv == NULL || (nvals > 0 && vals == NULL))
		return -1;

	for (int i = 0; i < pfv->argc; i++) {
		const pf_argd_t *pfd = &pfv->argv[i];
		const pf_conv_t *pfc = pfd->conv;
		int dw = 0, dp = 0, rc;

		if (pfd->pfx_len != 0) {
			if (fwrite(pfv->format + pfd->pfx_off, 1, pfd->pfx_len, fp) != pfd->pfx_len)
				return -1;
			if (pfd->pfx_len > (size_t)(INT_MAX - total))
				return -1;
			total += (int)pfd->pfx_len;
		}
		if (pfc == NULL)
			continue;

		if (pfc->print == PF_PR_PCT) {
			if (fputc('%', fp) == EOF)
				return -1;
			total++;
			continue;
		}
		if ((pfd->flags & PF_AGG) && naggs <= 0)
			return -1;	/* only printa() has an aggregation to print */

		if (pfd->flags & PF_DYNWIDTH) {
			if (k >= nvals || vals[k].type.kind != DT_TK_INT)
				return aggvals ? total : -1;
			dw = (int)pf_intval(&vals[k++]);
		}
		if (pfd->flags & PF_DYNPREC) {
			if (k >= nvals || vals[k].type.kind != DT_TK_INT)
				return aggvals ? total : -1;
			dp = (int)pf_intval(&vals[k++]);
		}
		if (pfd->flags & PF_AGG) {
			int idx = nagg < naggs ? nagg++ : naggs - 1;

			if (aggvals[idx].type.kind == DT_TK_VOID)
				rc = hist ? hist(fp, idx, ctx) : 0;
			else
				rc = pf_format1(fp, pfv, pfd, dw, dp, &aggvals[idx]);
		} else {
			if (k >= nvals)
				return aggvals ? total : -1;
			rc = pf_format1(fp, pfv, pfd, dw, dp, &vals[k++]);
		}
		if (rc < 0 || rc > INT_MAX - total)
			return -1;
		total += rc;
	}
	return total;
}

int
dt_printf_format(FILE *fp, const dt_pfargv_t *pfv, const dt_pfval_t *vals, int nvals)
{
	return pf_format_all(fp, pfv, vals, nvals, NULL, 0, NULL, NULL);
}

int
dt_printf_format_agg(FILE *fp, const dt_pfargv_t *pfv, const dt_pfval_t *keys, int nkeys,
		     const dt_pfval_t *aggvals, int naggs, int (*hist)(FILE *, int, void *), void *ctx)
{
	return pf_format_all(fp, pfv, keys, nkeys, aggvals, naggs, hist, ctx);
}

void
dt_printf_bind(dt_pfargv_t *pfv, dtrace_hdl_t *dtp, dt_pfaddr2str_f *addr2str)
{
	if (pfv != NULL) {
		pfv->dtp = dtp;
		pfv->addr2str = addr2str;
	}
}

void
dt_printf_free(dt_pfargv_t *pfv)
{
	if (pfv == NULL)
		return;
	free(pfv->argv);
	free(pfv->format);
	free(pfv->fn);
	free(pfv);
}
