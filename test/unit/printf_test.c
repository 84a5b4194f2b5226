/*
 * printf_test.c -- unit tests for dt_printf.c: parsing, type checking (with
 * DTrace's messages) and formatting.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dt_printf.h"

static int npass, nfail;

#define MAXV 8

static dt_type_t
T(int size, bool sign)
{
	dt_type_t t = { .kind = DT_TK_INT, .size = (uint32_t)size, .sign = sign };
	return t;
}

static const dt_type_t TSTR = { .kind = DT_TK_STRING };
static const dt_type_t TVOID = { .kind = DT_TK_VOID };

static dt_pfval_t
I(int size, bool sign, int64_t v)
{
	dt_pfval_t pv;

	memset(&pv, 0, sizeof(pv));
	pv.type = T(size, sign);
	pv.value = v;
	return pv;
}

#define INT(v)   I(4, true, (v))
#define UINT(v)  I(4, false, (v))
#define LONG(v)  I(8, true, (v))
#define ULONG(v) I(8, false, (v))

static dt_pfval_t
S(const char *s)
{
	dt_pfval_t pv;

	memset(&pv, 0, sizeof(pv));
	pv.type = TSTR;
	pv.str = s;
	return pv;
}

static void
result(int line, bool ok, const char *what, const char *fmt, const char *exp, const char *got)
{
	if (ok) {
		npass++;
		return;
	}
	nfail++;
	printf("FAIL line %d: %s \"%s\"\n  expected: \"%s\"\n       got: \"%s\"\n",
	       line, what, fmt, exp ? exp : "(null)", got ? got : "(null)");
}

/* Format 'vals' with 'fmt' after parsing and checking it; compare to 'exp'. */
static void
out_(int line, const char *fmt, const char *exp, int n, const dt_pfval_t *vals)
{
	char err[512] = "";
	dt_type_t types[MAXV];
	dt_pfargv_t *pfv;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	int rc;

	pfv = dt_printf_parse("printf", fmt, err, sizeof(err));
	if (pfv == NULL) {
		result(line, false, "parse", fmt, exp, err);
		return;
	}
	for (int i = 0; i < n; i++)
		types[i] = vals[i].type;
	if (dt_printf_nvals(pfv) != n) {
		char got[32];

		snprintf(got, sizeof(got), "nvals %d", dt_printf_nvals(pfv));
		result(line, false, "nvals", fmt, "nvals matching the values", got);
	}
	if (dt_printf_check(pfv, types, NULL, n, NULL, err, sizeof(err)) != 0) {
		result(line, false, "check", fmt, exp, err);
		dt_printf_free(pfv);
		return;
	}
	fp = open_memstream(&buf, &len);
	if (fp == NULL) {
		perror("open_memstream");
		exit(2);
	}
	rc = dt_printf_format(fp, pfv, vals, n);
	fclose(fp);
	if (rc != (int)strlen(exp) && strcmp(buf, exp) == 0) {
		char got[32];

		snprintf(got, sizeof(got), "return value %d", rc);
		result(line, false, "format return", fmt, exp, got);
	} else {
		result(line, strcmp(buf, exp) == 0, "format", fmt, exp, buf);
	}
	free(buf);
	dt_printf_free(pfv);
}

#define OUT(fmt, exp, ...) do { \
	const dt_pfval_t v_[] = { __VA_ARGS__ }; \
	out_(__LINE__, fmt, exp, (int)(sizeof(v_) / sizeof(v_[0])), v_); \
} while (0)

static void
out0_(int line, const char *fmt, const char *exp)
{
	out_(line, fmt, exp, 0, NULL);
}

#define OUT0(fmt, exp) out0_(__LINE__, fmt, exp)

/* The format must fail to parse with message 'exp'. */
static void
perr_(int line, const char *fmt, const char *exp)
{
	char err[512] = "";
	dt_pfargv_t *pfv = dt_printf_parse("printf", fmt, err, sizeof(err));

	if (pfv != NULL) {
		result(line, false, "parse error", fmt, exp, "(parsed)");
		dt_printf_free(pfv);
		return;
	}
	result(line, strcmp(err, exp) == 0, "parse error", fmt, exp, err);
}

#define PERR(fmt, exp) perr_(__LINE__, fmt, exp)

/* The format parses but checking 'types' fails with message 'exp'. */
static void
cerr_(int line, const char *fmt, const char *exp, int n, const dt_type_t *types)
{
	char err[512] = "";
	dt_pfargv_t *pfv = dt_printf_parse("printf", fmt, err, sizeof(err));

	if (pfv == NULL) {
		result(line, false, "check error (parse)", fmt, exp, err);
		return;
	}
	if (dt_printf_check(pfv, types, NULL, n, NULL, err, sizeof(err)) == 0)
		result(line, false, "check error", fmt, exp, "(accepted)");
	else
		result(line, strcmp(err, exp) == 0, "check error", fmt, exp, err);
	dt_printf_free(pfv);
}

#define CERR(fmt, exp, ...) do { \
	const dt_type_t t_[] = { __VA_ARGS__ }; \
	cerr_(__LINE__, fmt, exp, (int)(sizeof(t_) / sizeof(t_[0])), t_); \
} while (0)

#define CERR0(fmt, exp) cerr_(__LINE__, fmt, exp, 0, NULL)

/* The format checks fine against 'types'. */
static void
cok_(int line, const char *fmt, int n, const dt_type_t *types)
{
	char err[512] = "";
	dt_pfargv_t *pfv = dt_printf_parse("printf", fmt, err, sizeof(err));

	if (pfv == NULL) {
		result(line, false, "check ok (parse)", fmt, "accepted", err);
		return;
	}
	err[0] = '\0';
	result(line, dt_printf_check(pfv, types, NULL, n, NULL, err, sizeof(err)) == 0,
	       "check ok", fmt, "accepted", err);
	dt_printf_free(pfv);
}

#define COK(fmt, ...) do { \
	const dt_type_t t_[] = { __VA_ARGS__ }; \
	cok_(__LINE__, fmt, (int)(sizeof(t_) / sizeof(t_[0])), t_); \
} while (0)

/* Compare with the C library's own output for the same format. */
static void
same_(int line, const char *fmt, const char *cout, int n, const dt_pfval_t *vals)
{
	out_(line, fmt, cout, n, vals);
}

static char cbuf[256];

static const char *
cfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static const char *
cfmt(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cbuf, sizeof(cbuf), fmt, ap);
	va_end(ap);
	return cbuf;
}

#define SAME(fmt, cexpr, ...) do { \
	const dt_pfval_t v_[] = { __VA_ARGS__ }; \
	same_(__LINE__, fmt, cexpr, (int)(sizeof(v_) / sizeof(v_[0])), v_); \
} while (0)

static void
test_parse(void)
{
	char err[256];
	dt_pfargv_t *pfv;

	/* counting the values a format consumes */
	pfv = dt_printf_parse("printf", "hello\n", err, sizeof(err));
	result(__LINE__, pfv && dt_printf_nvals(pfv) == 0, "nvals", "hello\\n", "0", "other");
	dt_printf_free(pfv);
	pfv = dt_printf_parse("printf", "%d %s %% %*d %.*s %*.*x", err, sizeof(err));
	result(__LINE__, pfv && dt_printf_nvals(pfv) == 9, "nvals", "...", "9", "other");
	dt_printf_free(pfv);
	pfv = dt_printf_parse("printf", "", err, sizeof(err));
	result(__LINE__, pfv && dt_printf_nvals(pfv) == 0, "nvals", "", "0", "other");
	dt_printf_free(pfv);
	pfv = dt_printf_parse("printf", "%%%%", err, sizeof(err));
	result(__LINE__, pfv && dt_printf_nvals(pfv) == 0, "nvals", "%%%%", "0", "other");
	dt_printf_free(pfv);
	dt_printf_free(NULL);

	/* malformed formats, with DTrace's messages */
	PERR("%Z", "format conversion #1 is undefined: %Z");
	PERR("%d %y", "format conversion #2 is undefined: %y");
	PERR("%% %y", "format conversion #2 is undefined: %y");
	PERR("%lq", "format conversion #1 is undefined: %lq");
	PERR("%lz", "format conversion #1 name expected before end of format string");
	PERR("%hhhd", "format conversion #1 is undefined: %hhhd");
	PERR("%lp", "format conversion #1 is undefined: %lp");
	PERR("%Ld", "format conversion #1 is undefined: %Ld");
	PERR("%n", "format conversion #1 is undefined: %n");
	PERR("%3", "format conversion #1 name expected before end of format string");
	PERR("abc %d %", "format conversion #2 name expected before end of format string");
	PERR("%-", "format conversion #1 name expected before end of format string");
	PERR("%l", "format conversion #1 name expected before end of format string");
	PERR("%3$d", "format conversion #1 uses unsupported positional format (%n$)");
	PERR("%5%", "format conversion #1 cannot be combined with other format flags: %%");
	PERR("%d %-%", "format conversion #2 cannot be combined with other format flags: %%");
	PERR("%1.2.3d", "format conversion #1 has more than one '.' specified");
	PERR("%**d", "format conversion #1 has more than one '*' specified for the output width");
	PERR("%.**d", "format conversion #1 has more than one '*' specified for the output precision");

	/* a tiny error buffer is never overrun; a NULL one is allowed */
	{
		char small[8];

		memset(small, 'X', sizeof(small));
		pfv = dt_printf_parse("printf", "%Z", small, 5);
		result(__LINE__, pfv == NULL && small[4] == '\0' && small[5] == 'X',
		       "small err buffer", "%Z", "truncated", small);
		pfv = dt_printf_parse("printf", "%Z", NULL, 0);
		result(__LINE__, pfv == NULL, "NULL err buffer", "%Z", "NULL", "parsed");
	}
}

static void
test_check(void)
{
	dt_type_t i4 = T(4, true), u4 = T(4, false), i8 = T(8, true), u8 = T(8, false);
	dt_type_t i1 = T(1, true), u1 = T(1, false), i2 = T(2, true), u2 = T(2, false);

	/* empty format */
	CERR0("", "printf( ) format string is empty");

	/* too few values */
	CERR0("%d", "printf( ) prototype mismatch: conversion #1 (%d) is missing a "
		    "corresponding value argument");
	CERR("%s %s", "printf( ) prototype mismatch: conversion #2 (%s) is missing a "
		      "corresponding value argument", TSTR);
	CERR0("%% %ld", "printf( ) prototype mismatch: conversion #2 (%ld) is missing a "
			"corresponding value argument");
	CERR("%s %.*d\n", "printf( ) prototype mismatch: conversion #2 (%d) is missing a "
			  "corresponding \".*\" argument", TSTR);
	CERR("%s %*d\n", "printf( ) prototype mismatch: conversion #2 (%d) is missing a "
			 "corresponding \"*\" argument", TSTR);
	CERR("%*.*d", "printf( ) prototype mismatch: conversion #1 (%d) is missing a "
		      "corresponding \".*\" argument", i4);
	CERR("%*.*d", "printf( ) prototype mismatch: conversion #1 (%d) is missing a "
		      "corresponding value argument", i4, i4);

	/* too many values */
	CERR("x = %d y = %d\n", "printf( ) prototype mismatch: only 2 arguments required "
				"by this format string", i4, i4, i4);
	CERR("%?d\n", "printf( ) prototype mismatch: only 1 arguments required by this "
		      "format string", i4, i4);
	CERR("hello\n", "printf( ) prototype mismatch: only 0 arguments required by this "
			"format string", i4);
	CERR("%*d %%", "printf( ) prototype mismatch: only 2 arguments required by this "
		       "format string", i4, i4, TSTR);

	/* dynamic width or precision of the wrong type */
	CERR("%*d", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: % * d\n\t prototype: int\n\t  argument: string", TSTR, i4);
	CERR("%.*d", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		     "\tconversion: % .* d\n\t prototype: int\n\t  argument: string", TSTR, i4);
	CERR("%s %*.*s", "printf( ) argument #4 is incompatible with conversion #2 prototype:\n"
			 "\tconversion: % .* s\n\t prototype: int\n\t  argument: string",
	     TSTR, i4, TSTR, TSTR);

	/* %@ is for printa() */
	CERR("%@d", "%@ conversion requires an aggregation and is not for use with printf( )", i4);

	/* value of the wrong type */
	CERR("%d", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %d\n\t prototype: char, short, int, long, or long long\n"
		   "\t  argument: string", TSTR);
	CERR("%s %d", "printf( ) argument #3 is incompatible with conversion #2 prototype:\n"
		      "\tconversion: %d\n\t prototype: char, short, int, long, or long long\n"
		      "\t  argument: string", TSTR, TSTR);
	CERR("%s", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %s\n\t prototype: char [] or string (or use stringof)\n"
		   "\t  argument: int", i4);
	CERR("%s", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %s\n\t prototype: char [] or string (or use stringof)\n"
		   "\t  argument: void", TVOID);
	CERR("%S", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %S\n\t prototype: char [] or string (or use stringof)\n"
		   "\t  argument: unsigned long", u8);
	CERR("%c", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %c\n\t prototype: char, short, or int\n"
		   "\t  argument: long", i8);
	CERR("%C", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %C\n\t prototype: char, short, or int\n"
		   "\t  argument: string", TSTR);
	CERR("%f", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %f\n\t prototype: float, double, or long double\n"
		   "\t  argument: int", i4);
	CERR("%e", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %e\n\t prototype: float, double, or long double\n"
		   "\t  argument: long", i8);
	CERR("%G", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %G\n\t prototype: float, double, or long double\n"
		   "\t  argument: string", TSTR);
	CERR("%Lf", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %Lf\n\t prototype: long double\n\t  argument: long", i8);
	CERR("%p", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %p\n\t prototype: pointer or integer\n"
		   "\t  argument: string", TSTR);
	CERR("%a", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %a\n\t prototype: pointer or integer\n"
		   "\t  argument: string", TSTR);
	CERR("%Y", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %Y\n\t prototype: int64_t\n\t  argument: int", i4);
	CERR("%T", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		   "\tconversion: %T\n\t prototype: int64_t\n\t  argument: string", TSTR);
	CERR("%ld", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %ld\n\t prototype: long\n\t  argument: int", i4);
	CERR("%lu", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %lu\n\t prototype: unsigned long\n\t  argument: long", i8);
	CERR("%lx", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %lx\n\t prototype: long\n\t  argument: unsigned int", u4);
	CERR("%lld", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		     "\tconversion: %lld\n\t prototype: long long\n\t  argument: unsigned long", u8);
	CERR("%hd", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %hd\n\t prototype: short\n\t  argument: int", i4);
	CERR("%hu", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %hu\n\t prototype: unsigned short\n\t  argument: short", i2);
	CERR("%hhd", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		     "\tconversion: %hhd\n\t prototype: char\n\t  argument: unsigned char", u1);
	CERR("%lc", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %lc\n\t prototype: int\n\t  argument: long", i8);
	CERR("%ls", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %ls\n\t prototype: wchar_t []\n\t  argument: string", TSTR);
	CERR("%zu", "printf( ) argument #2 is incompatible with conversion #1 prototype:\n"
		    "\tconversion: %zu\n\t prototype: size_t\n\t  argument: int", i4);
	CERR("%d %% %u %s", "printf( ) argument #4 is incompatible with conversion #4 prototype:\n"
			    "\tconversion: %s\n\t prototype: char [] or string (or use stringof)\n"
			    "\t  argument: unsigned short", i4, u4, u2);

	/* what is accepted */
	COK("%d %i %u %o %x %X %p %a %A", i1, u1, i2, u2, i4, u4, i8, u8, i4);
	COK("%c %c %c %c %C", i1, u1, i2, u4, i4);
	COK("%s %S", TSTR, TSTR);
	COK("%Y %T %Y", i8, i8, u8);
	COK("%hd %hi %ho %hu %hx %hX %hx", i2, i2, u2, u2, i2, u2, u2);
	COK("%hhd %hhu %hhx", i1, u1, u1);
	COK("%ld %li %lo %lu %lx %lX", i8, i8, u8, u8, i8, u8);
	COK("%lld %llu %llx", i8, u8, i8);
	COK("%zu %zd %jd %ju %td %tx", u8, i8, i8, i8, i8, u8);
	COK("%lc %wc", i4, i4);
	COK("%*.*d %-*s", u1, i8, i4, i2, TSTR);

	/* the function name comes from the parse */
	{
		char err[256] = "";
		dt_pfargv_t *pfv = dt_printf_parse("sprintf", "%d", err, sizeof(err));

		dt_printf_check(pfv, NULL, NULL, 0, NULL, err, sizeof(err));
		result(__LINE__, strcmp(err, "sprintf( ) prototype mismatch: conversion #1 (%d) "
				    "is missing a corresponding value argument") == 0,
		       "check error", "%d", "sprintf( ) ...", err);
		dt_printf_free(pfv);
	}
}

static void
test_format(void)
{
	/* literal text and %% */
	OUT0("hello\n", "hello\n");
	OUT0("100%%\n", "100%\n");
	OUT0("%%%%", "%%");
	OUT("%d%%%d", "1%2", INT(1), INT(2));

	/* integers: every conversion, sizes and signedness */
	OUT("%d", "-1", INT(-1));
	OUT("%i", "-1", INT(-1));
	OUT("%d", "4294967295", UINT(0xffffffff));
	OUT("%i", "4294967295", UINT(0xffffffff));
	OUT("%d", "255", I(1, false, 255));
	OUT("%d", "-128", I(1, true, -128));
	OUT("%d", "-32768", I(2, true, -32768));
	OUT("%d", "-9223372036854775808", LONG(INT64_MIN));
	OUT("%d", "18446744073709551615", ULONG(-1));
	OUT("%u", "4294967295", INT(-1));
	OUT("%u", "65535", I(2, true, -1));
	OUT("%u", "255", I(1, true, -1));
	OUT("%u", "18446744073709551615", LONG(-1));
	OUT("%x", "ffffffff", INT(-1));
	OUT("%x", "ffffffffffffffff", LONG(-1));
	OUT("%X", "FFFF", I(2, true, -1));
	OUT("%x", "ff", I(1, true, -1));
	OUT("%x", "7b", INT(123));
	OUT("%X", "DEADBEEF", UINT(0xdeadbeef));
	OUT("%o", "37777777777", INT(-1));
	OUT("%o", "141", INT(97));
	OUT("%o", "1777777777777777777777", LONG(-1));
	OUT("%c", "a", INT(97));
	OUT("%c", "A", I(1, true, 'A'));
	OUT("%c%c%c", "abc", I(1, false, 'a'), I(2, true, 'b'), UINT('c'));
	OUT("%p", "61", INT(97));
	OUT("%p", "ffffffff81000000", ULONG(0xffffffff81000000ULL));
	OUT("%#p", "0x61", LONG(97));
	OUT("%a", "0xffffffff81000000", ULONG(0xffffffff81000000ULL));
	OUT("%A", "0x400000", LONG(0x400000));
	OUT("%20a|", "          0x1234abcd|", LONG(0x1234abcd));

	/* length-modified conversions */
	OUT("%hd %hi %ho %hu %hx %hX", "-1 97 141 97 61 FFFF",
	    I(2, true, -1), I(2, true, 97), I(2, false, 97), I(2, false, 97),
	    I(2, true, 97), I(2, true, -1));
	OUT("%hhd %hhu %hhx", "-1 255 ff", I(1, true, -1), I(1, false, 255), I(1, false, 255));
	OUT("%ld %li %lo %lu %lx %lX", "-5 -5 12 10 ffffffffffffffff A",
	    LONG(-5), LONG(-5), ULONG(10), ULONG(10), LONG(-1), ULONG(10));
	OUT("%lld %llu %llx", "-7 7 fffffffffffffff9", LONG(-7), ULONG(7), LONG(-7));
	OUT("%zu %zd %zx", "18446744073709551615 -1 10", LONG(-1), ULONG(-1), ULONG(16));
	OUT("%jd %tu", "-3 3", LONG(-3), ULONG(3));
	OUT("%lc%wc", "hi", INT('h'), INT('i'));

	/* strings */
	OUT("%s", "hello", S("hello"));
	OUT("%s|%s", "|x", S(""), S("x"));
	OUT("[%10s]", "[     hello]", S("hello"));
	OUT("[%-10s]", "[hello     ]", S("hello"));
	OUT("[%.3s]", "[hel]", S("hello"));
	OUT("[%.0s]", "[]", S("hello"));
	OUT("[%7.2s]", "[     he]", S("hello"));
	OUT("[%-7.2s]", "[he     ]", S("hello"));
	OUT("%s is %d years", "bob is 42 years", S("bob"), INT(42));
	OUT("%S", "a\\tb\\nc\\\\d\\\"e f\\001\\377", S("a\tb\nc\\d\"e f\001\377"));
	OUT("%S", "plain", S("plain"));
	OUT("[%8S]", "[    a\\nb]", S("a\nb"));
	OUT("%C%C%C%C", "x\\n\\0\\033", INT('x'), INT('\n'), INT(0), I(1, true, 27));
	OUT("[%3C]", "[ \\t]", INT('\t'));

	/* flags */
	OUT("# %#8x", "#    0x123", INT(0x123));
	OUT("0 %08x", "0 00000123", INT(0x123));
	OUT("- %-8x|", "- 123     |", INT(0x123));
	OUT("+ %+8d", "+     +123", INT(123));
	OUT("  % 8d", "       123", INT(123));
	OUT("%+d %+d", "+5 -5", INT(5), INT(-5));
	OUT("% d % d", " 5 -5", INT(5), INT(-5));
	OUT("%#o %#x %#X", "0141 0x61 0X61", INT(97), INT(97), INT(97));
	OUT("%#x", "0", INT(0));
	OUT("%05d", "-0042", INT(-42));
	OUT("%-05d|", "-42  |", INT(-42));
	OUT("%0-5d|", "-42  |", INT(-42));
	OUT("%+05d", "+0042", INT(42));
	OUT("%-+5d|", "+42  |", INT(42));
	OUT("%'d", "1234567", INT(1234567));	/* C locale: no grouping */
	OUT("%#-10o|", "0141      |", INT(97));
	OUT("%-3c|", "a  |", INT('a'));
	OUT("%3c|", "  a|", INT('a'));

	/* widths and precisions */
	OUT("[%5d]", "[   42]", INT(42));
	OUT("[%-5d]", "[42   ]", INT(42));
	OUT("[%1d]", "[12345]", INT(12345));
	OUT("[%.5d]", "[00042]", INT(42));
	OUT("[%8.5d]", "[   00042]", INT(42));
	OUT("[%-8.5d]", "[00042   ]", INT(42));
	OUT("[%08.5d]", "[   00042]", INT(42));
	OUT("[%.0d]", "[]", INT(0));
	OUT("[%.d]", "[]", INT(0));
	OUT("[%.0d]", "[7]", INT(7));
	OUT("[%.3x]", "[00f]", INT(15));
	OUT("[%20lu]", "[18446744073709551615]", ULONG(-1));
	OUT("[%?d]", "[               0]", INT(0));
	OUT("[%?x]", "[        deadbeef]", UINT(0xdeadbeef));
	OUT("[%-?d]", "[5               ]", INT(5));

	/* '*' widths and precisions, each consuming an integer value */
	OUT("[%*d]", "[   42]", INT(5), INT(42));
	OUT("[%*d]", "[42   ]", INT(-5), INT(42));
	OUT("[%-*d]", "[42   ]", INT(5), INT(42));
	OUT("[%*d]", "[42]", INT(0), INT(42));
	OUT("[%.*d]", "[00042]", INT(5), INT(42));
	OUT("[%.*d]", "[42]", INT(-1), INT(42));
	OUT("[%.*s]", "[he]", LONG(2), S("hello"));
	OUT("[%.*s]", "[]", INT(0), S("hello"));
	OUT("[%.*s]", "[hello]", INT(-3), S("hello"));
	OUT("[%*.*s]", "[   he]", INT(5), INT(2), S("hello"));
	OUT("[%*.*s]", "[he   ]", INT(-5), INT(2), S("hello"));
	OUT("[%*.*d|%s]", "[  007|x]", I(1, true, 5), I(2, false, 3), INT(7), S("x"));
	OUT("%*d%*d", "  1   2", INT(3), INT(1), INT(4), INT(2));
	OUT("[%*x]", "[    ff]", ULONG(6), I(1, true, -1));

	/* results identical to the C library's for a spread of formats */
	SAME("%+.3d|%-6i|%06u", cfmt("%+.3d|%-6i|%06u", 7, -7, 7u), INT(7), INT(-7), UINT(7));
	SAME("%#012llx|%-#6o", cfmt("%#012llx|%-#6o", 0xabcdefULL, 8u), ULONG(0xabcdef), UINT(8));
	SAME("% 09d|% d", cfmt("% 09d|% d", -123, 5), INT(-123), INT(5));
	SAME("%15.10ld", cfmt("%15.10ld", -123456789L), LONG(-123456789));
	SAME("%-20.12s|", cfmt("%-20.12s|", "abcdefghijklmnopq"), S("abcdefghijklmnopq"));

	/* %Y and %T: nanoseconds since the epoch, in local time */
	{
		char exp[64], fmt822[64];
		time_t t = 1234567890;
		struct tm tm;
		static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
						   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

		localtime_r(&t, &tm);
		snprintf(exp, sizeof(exp), "%04d %s %2d %02d:%02d:%02d", tm.tm_year + 1900,
			 mon[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
		OUT("%Y", exp, LONG(1234567890LL * 1000000000LL + 999999999));
		OUT("%Y", exp, ULONG(1234567890LL * 1000000000LL));
		strftime(fmt822, sizeof(fmt822), "%a, %d %b %G %T %Z", &tm);
		OUT("%T", fmt822, LONG(1234567890LL * 1000000000LL));
	}
	setenv("TZ", "UTC", 1);
	tzset();
	OUT("%Y", "2009 Feb 13 23:31:30", LONG(1234567890LL * 1000000000LL));
	OUT("%Y", "1973 Dec  3 09:20:00", LONG(123758400LL * 1000000000LL));
	OUT("%Y", "1970 Jan  1 00:00:00", LONG(0));
	OUT("[%-22Y]", "[1970 Jan  1 00:00:00  ]", LONG(0));
	OUT("%T", "Fri, 13 Feb 2009 23:31:30 UTC", LONG(1234567890LL * 1000000000LL));
}

static void
test_format_errors(void)
{
	char err[256];
	dt_pfargv_t *pfv = dt_printf_parse("printf", "%d %s", err, sizeof(err));
	dt_pfval_t good[] = { INT(1), S("x") };
	dt_pfval_t bad[] = { S("x"), INT(1) };
	FILE *fp = fopen("/dev/null", "w");

	if (fp == NULL) {
		perror("/dev/null");
		exit(2);
	}
	result(__LINE__, dt_printf_format(fp, pfv, good, 2) == 3, "format", "%d %s", "3", "other");
	result(__LINE__, dt_printf_format(fp, pfv, good, 1) == -1, "too few values", "%d %s",
	       "-1", "other");
	result(__LINE__, dt_printf_format(fp, pfv, bad, 2) == -1, "wrong value types", "%d %s",
	       "-1", "other");
	result(__LINE__, dt_printf_format(fp, pfv, NULL, 0) == -1, "no values", "%d %s",
	       "-1", "other");
	result(__LINE__, dt_printf_format(NULL, pfv, good, 2) == -1, "no stream", "%d %s",
	       "-1", "other");
	dt_printf_free(pfv);

	pfv = dt_printf_parse("printf", "%*d", err, sizeof(err));
	bad[0] = S("x");
	bad[1] = INT(1);
	result(__LINE__, dt_printf_format(fp, pfv, bad, 2) == -1, "string width", "%*d",
	       "-1", "other");
	dt_printf_free(pfv);

	/* an empty format (rejected by the check) formats to nothing */
	pfv = dt_printf_parse("printf", "", err, sizeof(err));
	result(__LINE__, dt_printf_format(fp, pfv, NULL, 0) == 0, "empty format", "",
	       "0", "other");
	dt_printf_free(pfv);
	fclose(fp);
}

/* A symbol table of one function, "vmlinux`f" at 0x1000 (64 bytes), for %a and %k. */
static void
fake_addr2str(dtrace_hdl_t *dtp, uint64_t addr, char *buf, size_t len)
{
	(void)dtp;
	if (addr == 0x1000)
		snprintf(buf, len, "vmlinux`f");
	else if (addr > 0x1000 && addr < 0x1040)
		snprintf(buf, len, "vmlinux`f+0x%llx", (unsigned long long)(addr - 0x1000));
	else
		snprintf(buf, len, "0x%llx", (unsigned long long)addr);
}

/* Format with a bound format: %a and %k see the symbols of fake_addr2str. */
static void
bound_(int line, const char *fmt, const char *exp, int n, const dt_pfval_t *vals)
{
	char err[256], *buf = NULL;
	size_t len = 0;
	dt_pfargv_t *pfv = dt_printf_parse("printa", fmt, err, sizeof(err));
	FILE *fp = open_memstream(&buf, &len);
	int rc;

	if (pfv == NULL || fp == NULL) {
		result(line, false, "parse", fmt, exp, err);
		exit(2);
	}
	dt_printf_bind(pfv, NULL, fake_addr2str);
	rc = dt_printf_format(fp, pfv, vals, n);
	fclose(fp);
	result(line, rc == (int)strlen(exp) && strcmp(buf, exp) == 0, "bound format", fmt, exp, buf);
	free(buf);
	dt_printf_free(pfv);
}

static void
test_symbols(void)
{
	static const uint64_t pcs[] = { 0x1010, 0x1000, 0x2000, 0, 0x1001 };
	dt_pfval_t v[2];
	dt_type_t stk = { .kind = DT_TK_STACK, .size = sizeof(pcs) };
	char err[512];
	dt_pfargv_t *pfv;

	v[0] = ULONG(0x1008);
	bound_(__LINE__, "%a|", "vmlinux`f+0x8|", 1, v);
	v[0] = ULONG(0x1000);
	bound_(__LINE__, "[%-12a]", "[vmlinux`f   ]", 1, v);
	bound_(__LINE__, "%a %A", "0x5 0x5", 2, (dt_pfval_t[]){ ULONG(5), ULONG(5) });
	/* %k: a newline, then the frames up to the first 0, indented 14 */
	memset(&v[0], 0, sizeof(v[0]));
	v[0].type = stk;
	v[0].pcs = pcs;
	bound_(__LINE__, "%k.", "\n              vmlinux`f+0x10\n              vmlinux`f\n"
	       "              0x2000\n.", 1, v);
	bound_(__LINE__, "%-12k|", "\n              vmlinux`f+0x10\n              vmlinux`f   \n"
	       "              0x2000      \n|", 1, v);
	/* unbound formats print numbers */
	pfv = dt_printf_parse("printf", "%a", err, sizeof(err));
	{
		char *buf = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&buf, &len);

		v[0] = ULONG(0x1000);
		dt_printf_format(fp, pfv, v, 1);
		fclose(fp);
		result(__LINE__, strcmp(buf, "0x1000") == 0, "unbound %a", "%a", "0x1000", buf);
		free(buf);
	}
	dt_printf_free(pfv);
	/* %k takes only stacks; stacks and _symaddr are named as DTrace names them */
	pfv = dt_printf_parse("printa", "%k %d", err, sizeof(err));
	result(__LINE__, dt_printf_check(pfv, (dt_type_t[]){ stk, { .kind = DT_TK_SYMADDR, .size = 8 } },
					 NULL, 2, NULL, err, sizeof(err)) == 0, "check", "%k %d", "ok", err);
	result(__LINE__, dt_printf_check(pfv, (dt_type_t[]){ T(4, true), T(4, true) }, NULL, 2, NULL,
					 err, sizeof(err)) != 0 &&
	       strstr(err, "prototype: stack\n\t  argument: int") != NULL, "check", "%k", "refused", err);
	dt_printf_free(pfv);
}

int
main(void)
{
	test_parse();
	test_check();
	test_format();
	test_format_errors();
	test_symbols();

	printf("%d passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}
