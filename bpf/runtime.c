/*
 * runtime.c -- the BPF runtime library (see runtime.h for the rules).
 *
 * Built with clang -target bpf -O2 into bpf/runtime.bpf.o, embedded in
 * libdtrace by libdtrace/dt_runtime_blob.S; libdtrace/dt_runtime.c appends
 * the functions a program calls to the program.
 */
#include <stdbool.h>
#include "runtime.h"

DT_RT_FUNC int
dt_strcmp(const char *s1, const char *s2, unsigned long n)
{
	unsigned long i;

	/*
	 * One byte per iteration: the verifier walks every iteration (n is a
	 * constant in the caller's frame), so the accesses stay within the n
	 * bytes it was shown, whatever the pointers' alignment.  Equal bytes
	 * that are not NUL are the only way round the loop.
	 */
	for (i = 0; i < n; i++) {
		unsigned int c1 = (unsigned char)s1[i];
		unsigned int c2 = (unsigned char)s2[i];

		if (c1 != c2 || c1 == 0)
			return (int)c1 - (int)c2;
	}
	return 0;
}

/* bpf_probe_read_user(), by its helper number: no relocation needed */
static long (*const rt_probe_read_user)(void *dst, unsigned int size, const void *src) =
	(void *)112;

DT_RT_FUNC long
dt_psargs(char *dst, unsigned long start, unsigned long end, unsigned long size)
{
	unsigned long n = end > start ? end - start : 0, i;
	long rc;

	if (size == 0)
		return 0;
	if (n > size - 1)
		n = size - 1;
	dst[0] = 0;
	if (n == 0)
		return 0;
	rc = rt_probe_read_user(dst, (unsigned int)n, (const void *)start);
	if (rc < 0) {
		dst[0] = 0;
		return rc;
	}
	/* the arguments are NUL-separated: one line, as ps shows it */
	for (i = 0; i < n; i++)
		if (dst[i] == 0)
			dst[i] = ' ';
	while (n > 0 && dst[n - 1] == ' ')
		n--;
	dst[n] = 0;
	return (long)n;
}

/*
 * ---- D's string subroutines ----------------------------------------------
 *
 * Conventions (see runtime.h): a source string s has n readable bytes (a
 * constant in the caller) and is at most n - 1 characters long; the result
 * goes to dst + 8, and dst[0..7] is scratch space in the same map value.
 *
 * The verifier walks every iteration of a loop, following each path
 * separately, keeps one pending state per branch not yet followed (8192 at
 * most), and a value that differs between paths (a length found by a loop
 * that stops early, say) keeps those paths apart for everything that
 * follows.  So the loops over a string's bytes are bpf_loop() callbacks,
 * which it checks once, and dt_opaque() stores a value that differs
 * between paths in map memory and loads it back, which the verifier cannot
 * see through: every path then goes on with the same unknown value,
 * bounded again where it is used, and the paths merge.
 */

#define DT_OUT(dst) ((dst) + 8)

/*
 * After a bounds check of an index computed from unknown values: keeps the
 * compiler from indexing with a copy made before the check, which the
 * verifier would find unbounded.
 */
#define DT_CHECKED(v) __asm__ volatile("" : "+r"(v))

static __attribute__((always_inline)) long
dt_opaque(char *dst, long v)
{
	volatile long *slot = (volatile long *)dst;

	*slot = v;
	return *slot;
}

/*
 * bpf_loop(), by its helper number: the callback runs once per step, and
 * the verifier checks a callback once (until what it leaves in the
 * context stops changing), not once per step as it does a loop's body.
 */
static long (*const dt_bpf_loop)(unsigned int, void *, void *, unsigned long) = (void *)181;

/*
 * The context of the steps, on the stack of the function that loops: one
 * per function, and small, since a probe's program may already use most
 * of the 512 bytes of stack its calls share.
 */
typedef struct dt_ctx {
	const char *s;    /* the string stepped through */
	char *p;          /* the result, or the other string */
	long n;           /* readable bytes at s */
	long m;           /* readable bytes at p, or the result's size */
	int from, cnt, stop, want, step, aux;
} dt_ctx_t;

/* Step k of dt_len(): stop at the NUL. */
static long
dt_len_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;

	if (k >= (unsigned long)c->n - 1)
		return 1;
	DT_CHECKED(k);
	if (c->s[k] == '\0') {
		c->stop = (int)k;
		return 1;
	}
	return 0;
}

/* The length of s (n readable bytes): at most n - 1. */
static __attribute__((always_inline)) long
dt_len(dt_ctx_t *c, char *dst, const char *s, unsigned long n)
{
	c->s = s;
	c->n = (long)n;
	c->stop = (int)n - 1;
	dt_bpf_loop((unsigned int)(n - 1), dt_len_at, c, 0);
	return dt_opaque(dst, c->stop);
}

/* Step k of dt_copy_from(): one byte, unless the count or the string ends. */
static long
dt_copy_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	unsigned long i = (unsigned long)(long)c->from + k;
	char ch;

	if ((long)k >= c->cnt || i >= (unsigned long)c->n - 1 || k >= (unsigned long)c->n - 1) {
		c->stop = (int)k;
		return 1;
	}
	DT_CHECKED(i);
	DT_CHECKED(k);
	ch = c->s[i];
	if (ch == '\0') {
		c->stop = (int)k;
		return 1;
	}
	c->p[k] = ch;
	return 0;
}

/* Copy s[from ..] (at most cnt bytes, up to its end) to dst's result. */
static __attribute__((always_inline)) void
dt_copy_from(dt_ctx_t *c, char *dst, const char *s, unsigned long n, long from, long cnt)
{
	long i;

	c->s = s;
	c->p = DT_OUT(dst);
	c->n = (long)n;
	c->from = (int)from;
	c->cnt = cnt > (long)n ? (int)n : cnt < 0 ? 0 : (int)cnt;
	c->stop = (int)n - 1;
	if (from >= 0 && from < (long)n)
		dt_bpf_loop((unsigned int)(n - 1), dt_copy_at, c, 0);
	else
		c->stop = 0;
	i = dt_opaque(dst, c->stop);
	if (i < 0 || (unsigned long)i >= n)
		i = 0;
	DT_OUT(dst)[i] = '\0';
}

DT_RT_FUNC long
dt_substr(char *dst, const char *s, unsigned long n, long index, long cnt)
{
	dt_ctx_t c;
	long len = dt_len(&c, dst, s, n);

	/* a negative index counts from the end; what is left of cnt is kept */
	if (index < 0) {
		index += len;
		if (index < 0 && index + cnt > 0) {
			cnt += index;
			index = 0;
		}
	}
	if (index < 0 || index >= len)
		cnt = 0;
	else if (cnt < 0)
		cnt += len - index;	/* a negative count leaves that many off the end */
	dt_copy_from(&c, dst, s, n, index < 0 || index >= len ? 0 : index, cnt);
	return 0;
}

/* Step k of dt_strchr(): the NUL that ends s is part of it. */
static long
dt_strchr_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	unsigned char ch = 0;

	if (k >= (unsigned long)c->n)
		return 1;
	if (k + 1 < (unsigned long)c->n) {
		DT_CHECKED(k);
		ch = (unsigned char)c->s[k];
	}
	if (ch == (unsigned char)c->want) {
		c->stop = (int)k;
		if (!c->cnt)
			return 1;       /* strchr: the first */
	}
	return ch == 0;
}

/* strchr(s, c), strrchr(s, c) (last != 0): the rest of s from there, or -1. */
DT_RT_FUNC long
dt_strchr(char *dst, const char *s, unsigned long n, unsigned long ch, unsigned long last)
{
	dt_ctx_t c = { .s = s, .n = (long)n, .want = (int)(ch & 0xff), .cnt = last != 0,
		       .stop = -1 };
	long pos;

	dt_bpf_loop((unsigned int)n, dt_strchr_at, &c, 0);
	pos = dt_opaque(dst, c.stop);
	if (pos < 0)
		return -1;
	dt_copy_from(&c, dst, s, n, pos, (long)n);
	return 0;
}

/*
 * strstr(), index(), rindex(): the positions of s are tried one per step,
 * each comparing the m readable bytes of t (p): start (from), step, the
 * position found (stop), t's length (aux).
 */
static long
dt_search_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	const char *s = c->s, *t = c->p;
	unsigned long m = (unsigned long)c->m, j, p, diff = 0;
	long sublen = c->aux;

	p = (unsigned long)((long)c->from + (long)k * c->step);
	if (p >= (unsigned long)c->n - 1)
		return 1;
	DT_CHECKED(p);
	if (sublen > 0 && s[p] != t[0])
		return 0;
	/*
	 * Without a branch per byte (the verifier would keep one state per
	 * byte): the differences of the first sublen bytes are or-ed
	 * together, bytes past sublen masked off by the sign of j - sublen,
	 * with a look every 8 bytes.  s has m bytes to spare after its n.
	 */
	for (j = 0; j + 1 < m; j++) {
		unsigned long in = (unsigned long)((long)(j - (unsigned long)sublen) >> 63);

		diff |= ((unsigned long)(unsigned char)s[p + j] ^
			 (unsigned long)(unsigned char)t[j]) & in;
		if ((j & 7) == 7 && diff != 0)
			return 0;
	}
	if (diff != 0)
		return 0;
	c->stop = (int)p;
	return 1;
}

/*
 * nm: n | m << 16 | how << 32, how 0 for strstr, 1 index, 2 rindex, plus
 * 4 when a start position pos was given.  Returns the position found or
 * -1; strstr's result (the rest of s from there) goes to dst.  s must be
 * in the per-CPU buffer with m bytes of it readable after its n (the
 * comparisons read that far, past the end of the string).
 */
DT_RT_FUNC long
dt_strsearch(char *dst, const char *s, const char *t, unsigned long nm, long pos)
{
	unsigned long n = nm & 0xffff, m = (nm >> 16) & 0xffff, how = (nm >> 32) & 3;
	bool haspos = (nm >> 34) & 1;
	dt_ctx_t c;
	long len, sublen, count, start = 0, found;

	sublen = dt_len(&c, dst, t, m);
	len = dt_len(&c, dst, s, n);
	if (len == 0 && sublen == 0) {
		/* "" in "": strstr finds it, index and rindex say 0 whatever pos */
		DT_OUT(dst)[0] = '\0';
		return 0;
	}
	c.step = 1;
	count = len;
	if (how == 2) {
		/* backwards from pos, at most the length (the end matches "") */
		if (haspos && pos < 0)
			return sublen == 0 ? 0 : -1;
		start = haspos && pos < len ? pos : len;
		c.step = -1;
		count = start + 1;
	} else if (how == 1 && haspos) {
		if (pos < 0)
			pos = 0;
		if (pos >= len)
			return sublen == 0 ? len : -1;
		start = pos;
		count = len - pos;
	}
	c.s = s;
	c.p = (char *)t;
	c.n = (long)n;
	c.m = (long)m;
	c.from = (int)start;
	c.aux = (int)sublen;
	c.stop = -1;
	if (count > 0)
		dt_bpf_loop((unsigned int)count, dt_search_at, &c, 0);
	found = dt_opaque(dst, c.stop);
	if (how == 0 && found >= 0)
		dt_copy_from(&c, dst, s, n, found, (long)n);
	return found;
}

/*
 * strtok()'s steps: the delimiters are a bit map of 32 bytes after the
 * result (p + n, n being the result's size too).
 */
static __attribute__((always_inline)) bool
dt_isdelim(const dt_ctx_t *c, unsigned char ch)
{
	return (c->p[c->n + (ch >> 3)] >> (ch & 7)) & 1;
}

/* Step k of the delimiters' map (the delimiters at s, m bytes). */
static long
dt_tokmap_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	unsigned char ch;

	if (k >= (unsigned long)c->m - 1)
		return 1;
	DT_CHECKED(k);
	ch = (unsigned char)c->s[k];
	if (ch == 0)
		return 1;
	c->p[c->n + (ch >> 3)] |= (char)(1 << (ch & 7));
	return 0;
}

/* Step k of the skipping of delimiters: the token's start, or none (-1). */
static long
dt_tokskip_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	unsigned long i = (unsigned long)(long)c->from + k;
	unsigned char ch;

	if (i >= (unsigned long)c->n - 1)
		return 1;
	DT_CHECKED(i);
	ch = (unsigned char)c->s[i];
	if (ch == 0)
		return 1;
	if (!dt_isdelim(c, ch)) {
		c->stop = (int)i;
		return 1;
	}
	return 0;
}

/* Step k of the token's copy: it ends at a delimiter or the end. */
static long
dt_tokcopy_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	unsigned long i = (unsigned long)(long)c->from + k;
	unsigned char ch;

	if (i >= (unsigned long)c->n - 1 || k >= (unsigned long)c->n - 1) {
		c->stop = (int)k;
		return 1;
	}
	DT_CHECKED(i);
	DT_CHECKED(k);
	ch = (unsigned char)c->s[i];
	if (ch == 0 || dt_isdelim(c, ch)) {
		c->stop = (int)k;
		return 1;
	}
	c->p[k] = (char)ch;
	return 0;
}

/*
 * strtok: s (n readable bytes, n also the result's size; 32 more bytes
 * after the result hold the delimiters' map) is the string being split,
 * delimiters d (m bytes); pm = pos | m << 32, pos where to go on.  The
 * token goes to dst; returns where the next call goes on (the delimiter
 * that ended the token, as in DTrace), or -1 when there is no token.
 */
DT_RT_FUNC long
dt_strtok(char *dst, const char *s, unsigned long n, const char *d, unsigned long pm)
{
	dt_ctx_t c = { .s = d, .p = DT_OUT(dst), .n = (long)n, .m = (long)(pm >> 32) };
	long start, len;

	for (int i = 0; i < 4; i++)
		((unsigned long *)(DT_OUT(dst) + n))[i] = 0;
	dt_bpf_loop((unsigned int)(c.m - 1), dt_tokmap_at, &c, 0);
	c.s = s;
	c.from = (int)(pm & 0xffffffff);
	c.stop = -1;
	if (pm & 0x80000000)
		c.from = (int)n;        /* nowhere to go on: no token */
	dt_bpf_loop((unsigned int)(n - 1), dt_tokskip_at, &c, 0);
	start = dt_opaque(dst, c.stop);
	if (start < 0 || (unsigned long)start >= n - 1)
		return -1;
	c.from = (int)start;
	c.stop = (int)n - 1;
	dt_bpf_loop((unsigned int)(n - 1), dt_tokcopy_at, &c, 0);
	len = dt_opaque(dst, c.stop);
	if (len < 0 || (unsigned long)len >= n)
		len = 0;
	DT_OUT(dst)[len] = '\0';
	return start + len;
}

/* Step k of dt_scan_slash(): s[from - k] is (not) a slash. */
static long
dt_scan_slash_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	long i = (long)c->from - (long)k;

	if (i < 0 || (unsigned long)i >= (unsigned long)c->n - 1) {
		c->stop = -1;
		return 1;
	}
	DT_CHECKED(i);
	if ((c->s[i] == '/') == (c->want != 0)) {
		c->stop = (int)i;
		return 1;
	}
	return 0;
}

/*
 * Backwards from s[from]: the first position holding a slash (want) or
 * something else (!want), or -1.
 */
static __attribute__((always_inline)) long
dt_scan_slash(dt_ctx_t *c, char *dst, long from, int want)
{
	c->from = (int)from;
	c->want = want;
	c->stop = -1;
	if (from >= 0)
		dt_bpf_loop((unsigned int)(from + 1), dt_scan_slash_at, c, 0);
	return dt_opaque(dst, c->stop);
}

/*
 * basename(s) and dirname(s) (dir != 0), as DTrace finds them: from the
 * end, the last character that is not a slash ends the base name, the
 * slash before it starts it, and the last non-slash before that ends the
 * directory.  "" and a name without a slash have the directory ".".
 */
DT_RT_FUNC long
dt_basename(char *dst, const char *s, unsigned long n, unsigned long dir)
{
	dt_ctx_t c;
	long len = dt_len(&c, dst, s, n), lastbase = -1, firstbase = -1, lastdir = -1, i;

	if (len == 0)
		goto dot;
	/* three scans backwards, each from where the one before stopped */
	i = dt_scan_slash(&c, dst, len - 1, 0);
	if (i >= 0)
		lastbase = i;
	i = dt_scan_slash(&c, dst, i, 1);
	if (i >= 0)
		firstbase = i + 1;
	i = dt_scan_slash(&c, dst, i, 0);
	if (i >= 0)
		lastdir = i;
	if (lastbase == -1) {
		/* nothing but slashes: "/" either way */
		firstbase = lastbase = lastdir = 0;
	}
	if (firstbase == -1) {
		/* no slash: the directory is ".", the whole is the base name */
		if (dir)
			goto dot;
		firstbase = 0;
	}
	if (dir)
		dt_copy_from(&c, dst, s, n, 0, (lastdir == -1 ? 0 : lastdir) + 1);
	else
		dt_copy_from(&c, dst, s, n, firstbase, lastbase - firstbase + 1);
	return 0;
dot:
	DT_OUT(dst)[0] = '.';
	DT_OUT(dst)[1] = '\0';
	return 0;
}

/*
 * cleanpath(s): "//" become "/", "/./" go, "/../" remove the component
 * before them, as DTrace does it: one character of s per step, with the
 * state in 'want': 0 in a component, 1 after a slash, 2 after "/.", 3
 * after "/..".  The result is cut where fewer than 5 bytes of its size (m)
 * would be left (DTrace checks that before each step that may write; the
 * other steps follow one that checked, with nothing written since, so
 * checking before every step is the same).  The positions of the slashes
 * written are kept as 16-bit numbers after the result (p + m), so that
 * ".." finds the one to go back to without searching.  In the context:
 * from is the length of s, cnt the result's length so far, stop the
 * number of slashes kept.
 */
static long
dt_clean_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	char *out = c->p, *dst = c->p - 8;
	unsigned short *slash = (unsigned short *)(c->p + c->m);
	/* opaque: one state for the verifier to check, whatever came before */
	long j = dt_opaque(dst, c->cnt), depth = dt_opaque(dst, c->stop);
	long st = dt_opaque(dst, c->want) & 3;
	bool next = false;   /* a slash to go on from */
	char ch = '\0';

	if (j < 0 || (unsigned long)j + 5 >= (unsigned long)c->m)
		return 1;
	DT_CHECKED(j);
	if (k < (unsigned long)(long)c->from && k < (unsigned long)c->n - 1) {
		DT_CHECKED(k);
		ch = c->s[k];
	}
	if (st == 0) {
		next = true;
	} else if (st == 1 || st == 2) {
		if (ch == '/') {
			next = true;
		} else if (ch == '.') {
			st++;
		} else {
			slash[depth & 0x7ff] = (unsigned short)j;
			depth++;
			out[j++] = '/';
			if (st == 2)
				out[j++] = '.';
			out[j++] = ch;
			st = 0;
			if (ch == '\0') {
				c->cnt = (int)j;
				return 1;
			}
		}
	} else {
		if (ch != '/' && ch != '\0') {
			slash[depth & 0x7ff] = (unsigned short)j;
			depth++;
			out[j++] = '/';
			out[j++] = '.';
			out[j++] = '.';
			out[j++] = ch;
			st = 0;
		} else {
			/* back to the last slash written (or the start) */
			if (depth > 0) {
				depth--;
				j = slash[depth & 0x7ff];
			} else {
				j = 0;
			}
			if (ch == '\0') {
				/* "/.." at the end keeps that slash */
				c->cnt = (int)j + 1;
				return 1;
			}
			if ((unsigned long)j + 5 >= (unsigned long)c->m) {
				c->cnt = (int)j;
				return 1;
			}
			next = true;
		}
	}
	if (next) {
		/* a character in a component, or a slash starting one */
		if (ch == '/') {
			st = 1;
		} else {
			out[j++] = ch;
			if (ch == '\0') {
				c->cnt = (int)j;
				return 1;
			}
		}
	}
	c->cnt = (int)j;
	c->stop = (int)depth;
	c->want = (int)st;
	return 0;
}

DT_RT_FUNC long
dt_cleanpath(char *dst, const char *s, unsigned long n, unsigned long size)
{
	dt_ctx_t c;
	long j, len = dt_len(&c, dst, s, n);

	c.s = s;
	c.p = DT_OUT(dst);
	c.n = (long)n;
	c.m = (long)size;
	c.from = (int)len;
	c.cnt = 0;
	c.stop = 0;
	c.want = 0;
	/* "/.." backs up past the start: what is left is "/" */
	DT_OUT(dst)[0] = '/';
	dt_bpf_loop((unsigned int)n, dt_clean_at, &c, 0);
	j = dt_opaque(dst, c.cnt);
	if (j < 0 || (unsigned long)j >= size)
		j = 0;
	DT_OUT(dst)[j] = '\0';
	return 0;
}

/* Step k of dt_strcase(): want is the first letter to change, cnt the shift. */
static long
dt_strcase_at(unsigned long k, void *arg)
{
	dt_ctx_t *c = arg;
	long ch, d;

	if (k >= (unsigned long)c->n - 1) {
		c->stop = (int)k;
		return 1;
	}
	DT_CHECKED(k);
	ch = c->s[k];
	if (ch == 0) {
		c->stop = (int)k;
		return 1;
	}
	d = ch - c->want;
	if (d >= 0 && d < 26)
		ch += c->cnt;
	c->p[k] = (char)ch;
	return 0;
}

/* toupper(s) (upper != 0) and tolower(s): ASCII letters only. */
DT_RT_FUNC long
dt_strcase(char *dst, const char *s, unsigned long n, unsigned long upper)
{
	dt_ctx_t c = { .s = s, .p = DT_OUT(dst), .n = (long)n, .want = upper ? 'a' : 'A',
		       .cnt = upper ? 'A' - 'a' : 'a' - 'A', .stop = (int)n - 1 };
	long i;

	dt_bpf_loop((unsigned int)(n - 1), dt_strcase_at, &c, 0);
	i = dt_opaque(dst, c.stop);
	if (i < 0 || (unsigned long)i >= n)
		i = 0;
	DT_OUT(dst)[i] = '\0';
	return 0;
}

/*
 * lltostr(v, base): base 10 signed, other bases the two's complement
 * digits; base 16 has "0x" in front, base 8 a "0" (DTrace's forms).  dst's
 * result has room for 67 bytes.  The base was checked by the caller.
 */
DT_RT_FUNC long
dt_lltostr(char *dst, long v, unsigned long base)
{
	char *out = DT_OUT(dst);
	unsigned long val, ndig = 0, pre = 0, len, i;

	if (base < 2 || base > 36)
		return -1;
	val = base == 10 && v < 0 ? 0 - (unsigned long)v : (unsigned long)v;
	for (unsigned long t = val; t != 0 && ndig < 64; t /= base)
		ndig++;
	if (base == 10 && v < 0)
		out[pre++] = '-';
	if (base == 16) {
		out[pre++] = '0';
		out[pre++] = 'x';
		if (v == 0)
			out[pre++] = '0';   /* "0x0" */
	} else if (base == 8 || v == 0) {
		out[pre++] = '0';
	}
	len = (unsigned long)dt_opaque(dst, (long)(pre + ndig));
	if (len > 66)
		len = 66;
	/* the digits, from the last */
	for (i = 0; i < 64 && val != 0; i++) {
		unsigned long d = val % base, at = len - 1 - i;

		if (at > 65)
			break;
		out[at] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		val /= base;
	}
	out[len] = '\0';
	return 0;
}

/* A byte as decimal digits at out[j ..]; the new j. */
static __attribute__((always_inline)) unsigned long
dt_dec8(char *out, unsigned long j, unsigned char v)
{
	if (v >= 100)
		out[j++] = (char)('0' + v / 100);
	if (v >= 10)
		out[j++] = (char)('0' + v / 10 % 10);
	out[j++] = (char)('0' + v % 10);
	return j;
}

/* Four bytes as a dotted quad at out[j ..]; the new j. */
static __attribute__((always_inline)) unsigned long
dt_quad(char *dst, unsigned long j, const unsigned char *a)
{
	char *out = DT_OUT(dst);

	for (int k = 0; k < 4; k++) {
		j = (unsigned long)dt_opaque(dst, (long)j) & 63;
		if (k > 0)
			out[j++] = '.';
		j = dt_dec8(out, j, a[k]);
	}
	return j;
}

/*
 * inet_ntoa(), inet_ntoa6(), inet_ntop(): a (4 or 16 bytes, already read)
 * as text at dst's result (48 bytes).  how: 0 IPv4, 1 inet_ntoa6 (an IPv4
 * mapped or compatible address is only its IPv4 part), 2 IPv6 for
 * inet_ntop (those keep their "::ffff:" or "::" prefix).  IPv6 as DTrace
 * writes it: lower case hex groups without leading zeros; the longest run
 * of zero bytes that starts a group, at least two bytes long (so a single
 * zero group too), becomes "::" -- found and written in DTrace's way, odd
 * cases included.
 */
DT_RT_FUNC long
dt_inet(char *dst, const unsigned char *a, unsigned long how)
{
	char *out = DT_OUT(dst);
	unsigned long j = 0;
	long firstzero = -1, tryzero = -1, numzero = 1, top, v6end = 14, i;
	bool v4 = true;

	if (how == 0) {
		j = dt_quad(dst, 0, a);
		out[j & 63] = '\0';
		return 0;
	}
	/* the zero run: scanned as DTrace does, byte by byte */
	for (i = 0; i < 16; i++) {
		if (a[i] == 0 && tryzero == -1 && i % 2 == 0) {
			tryzero = i;
		} else if (tryzero != -1 && (a[i] != 0 || i == 15)) {
			if (i - tryzero <= numzero) {
				tryzero = -1;
			} else {
				firstzero = tryzero;
				numzero = i - i % 2 - tryzero;
				tryzero = -1;
				if (a[i] == 0 && i == 15)
					numzero += 2;
			}
		}
		/* opaque, so that the paths through the bytes merge each time round */
		firstzero = dt_opaque(dst, firstzero);
		firstzero = firstzero < 0 ? -1 : firstzero & 15;
		numzero = dt_opaque(dst, numzero) & 31;
		tryzero = dt_opaque(dst, tryzero);
		tryzero = tryzero < 0 ? -1 : tryzero & 15;
	}
	/* IPv4 mapped (::ffff:a.b.c.d) or compatible (::a.b.c.d, but not :: or ::1) */
	{
		unsigned int any = 0;

		for (i = 0; i < 10; i++)
			any |= a[i];
		v4 = any == 0;
	}
	if (v4 && !(a[10] == 0xff && a[11] == 0xff))
		v4 = a[10] == 0 && a[11] == 0 && ((a[12] | a[13] | a[14]) != 0 || a[15] > 1);
	if (v4) {
		if (how == 1) {
			j = dt_quad(dst, 0, a + 12);
			out[j & 63] = '\0';
			return 0;
		}
		v6end = 10;
	}
	/*
	 * DTrace writes the groups from the last, and the zero run as "::"
	 * only if that walk reaches the run's last group; every group but
	 * the eighth and the one before the run is followed by ':'.
	 */
	top = firstzero + numzero - 2;
	if (firstzero < 0 || top > v6end)
		top = -2;
	for (i = 0; i <= v6end; i += 2) {
		unsigned int val = (unsigned int)a[i] << 8 | a[i + 1], nd;

		j = (unsigned long)dt_opaque(dst, (long)j) & 63;
		if (top >= 0 && i >= firstzero && i <= top) {
			if (i == firstzero) {
				out[j++] = ':';
				out[j++] = ':';
			}
			continue;
		}
		/*
		 * The digits without leading zeros, computed without branches
		 * (the address is unknown to the verifier, which would follow
		 * each branch): nd digits; writing always 4, the ones past nd
		 * are overwritten by what follows.
		 */
		nd = 1 + (((val >> 4) + 0xffff) >> 16) + (((val >> 8) + 0xffff) >> 16) +
		     (((val >> 12) + 0xffff) >> 16);
		for (unsigned int t = 0; t < 4; t++) {
			unsigned int d = (val >> ((4 * (nd - 1 - t)) & 15)) & 15;

			out[j + t] = (char)('0' + d + 39 * ((d + 6) >> 4));
		}
		j += nd;
		if (i < 14 && i != firstzero - 2)
			out[j++] = ':';
	}
	if (v6end == 10)
		j = dt_quad(dst, j, a + 12);
	out[j & 63] = '\0';
	return 0;
}
