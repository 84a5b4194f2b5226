/*
 * dt_bytes.c -- how DTrace shows recorded bytes that have no scalar type:
 * trace() of a struct, union or array, and aggregation keys that are not
 * integers.  Bytes that look like a string print as one; anything else is
 * a hex dump, 16 bytes to a row, with the printable characters beside it.
 */
#include <ctype.h>
#include <stdio.h>
#include "dt_impl.h"

/* Characters a terminal shows as text (backspace and bell count, as in DTrace). */
static bool
dt_bytes_printable(unsigned char ch)
{
	return isprint(ch) || isspace(ch) || ch == '\b' || ch == '\a';
}

static void
dt_bytes_dump(FILE *fp, const unsigned char *c, size_t n)
{
	size_t i, j;

	fprintf(fp, "\n%5s      ", "");
	for (i = 0; i < 16; i++)
		fprintf(fp, "  %c", "0123456789abcdef"[i]);
	fputs("  0123456789abcdef\n", fp);
	for (i = 0; i < n; i += 16) {
		fprintf(fp, "%5s%5zx:", "", i);
		for (j = i; j < i + 16 && j < n; j++)
			fprintf(fp, " %02x", c[j]);
		for (; j % 16; j++)
			fputs("   ", fp);
		fputs("  ", fp);
		for (j = i; j < i + 16 && j < n; j++)
			fputc(c[j] < ' ' || c[j] > '~' ? '.' : c[j], fp);
		fputc('\n', fp);
	}
}

void
dt_print_bytes(FILE *fp, const void *addr, size_t n, int width, bool quiet)
{
	const unsigned char *c = addr;
	int w = width < 0 ? -width : width;
	size_t i, j;

	if (n == 0)
		return;
	for (i = 0; i < n && dt_bytes_printable(c[i]); i++)
		continue;
	if (i == n) {
		/* printable to the end, with no NUL: still a string */
		fprintf(fp, "  %-*.*s", w, (int)n, (const char *)c);
		return;
	}
	if (c[i] == '\0' && i > 0) {
		/* a string only if nothing but NULs follows its end */
		for (j = i + 1; j < n && c[j] == '\0'; j++)
			continue;
		if (j == n) {
			if (quiet)
				fputs((const char *)c, fp);
			else
				fprintf(fp, " %s%*s", width < 0 ? " " : "", width, (const char *)c);
			return;
		}
	}
	dt_bytes_dump(fp, c, n);
}

/* tracemem(): the hex dump whatever the bytes, as DTrace prints it. */
void
dt_print_rawbytes(FILE *fp, const void *addr, size_t n)
{
	if (n > 0)
		dt_bytes_dump(fp, addr, n);
}
