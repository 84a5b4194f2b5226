/*
 * check.h -- the unit tests' one assertion: count passes, print failures
 * with their line, and let main() exit non-zero when any failed.
 */
#ifndef UNIT_CHECK_H
#define UNIT_CHECK_H

#include <stdarg.h>
#include <stdio.h>

static int passed, failed;

static void __attribute__((format(printf, 3, 4)))
check(int ok, int line, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		passed++;
		return;
	}
	failed++;
	fprintf(stderr, "line %d: ", line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

#define CHECK(ok, ...) check((ok), __LINE__, __VA_ARGS__)

#endif
