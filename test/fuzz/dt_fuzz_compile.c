/*
 * dt_fuzz_compile.c -- libFuzzer target for the D compiler front end.
 *
 * Each input goes through what `dtrace -e` does: open a handle, compile
 * (lexer, parser, semantic pass, BPF code generation), close the handle.
 * Nothing is linked, loaded into the kernel or attached.
 *
 * Input layout: one mode byte, then the D text.
 *   bit 0  compile the text as a script (-s); this is also done when no
 *          other compilation is selected
 *   bit 1  compile the text as a -n probe specifier
 *   bit 2  with both bits 0 and 1: compile the two into the same handle
 *          (as `dtrace -s x -n y` does), instead of one handle each
 *   bit 3  disassemble what was compiled (-S) into /dev/null
 *   bit 4  quiet (-q)
 * The text may hold NUL bytes: a script is read with its full length, a
 * -n specifier ends at the first NUL (as a command-line argument does).
 *
 * The library keeps no state outside the handle, so nothing needs resetting
 * between inputs beyond closing it; LeakSanitizer checks that it frees all.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtrace.h"

#define MODE_SCRIPT 0x01
#define MODE_SPEC 0x02
#define MODE_SHARED 0x04
#define MODE_DISASM 0x08
#define MODE_QUIET 0x10

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

static dtrace_hdl_t *
fuzz_open(unsigned mode)
{
	/* Macro arguments, so that $1, $$2 and friends resolve. */
	static char *const margs[] = { "42", "a string", "-1" };
	dtrace_hdl_t *dtp = dtrace_open(NULL);

	if (dtp == NULL)
		abort(); /* nothing the input did: the fuzzer cannot go on */
	dtrace_set_macro_args(dtp, 3, margs);
	dtrace_set_target(dtp, 1);
	if (mode & MODE_QUIET)
		dtrace_setopt(dtp, "quiet", NULL);
	return dtp;
}

static void
fuzz_close(dtrace_hdl_t *dtp, unsigned mode)
{
	if (mode & MODE_DISASM) {
		if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
			abort();
		dtrace_program_disasm(dtp, devnull);
	}
	/* the message of a failed compilation must be a string */
	if (strlen(dtrace_errmsg(dtp)) > (size_t)1 << 20)
		abort();
	dtrace_close(dtp);
}

static void
fuzz_script(dtrace_hdl_t *dtp, const uint8_t *text, size_t len)
{
	FILE *fp;

	/* fmemopen() refuses an empty buffer: an empty script is "" */
	if (len == 0) {
		dtrace_program_strcompile(dtp, "", DTRACE_PROBESPEC_NONE, "fuzz.d");
		return;
	}
	if ((fp = fmemopen((void *)text, len, "r")) == NULL)
		abort();
	dtrace_program_fcompile(dtp, fp, "fuzz.d");
	fclose(fp);
}

static void
fuzz_spec(dtrace_hdl_t *dtp, const uint8_t *text, size_t len)
{
	char *s = malloc(len + 1);

	if (s == NULL)
		abort();
	memcpy(s, text, len);
	s[len] = '\0';
	dtrace_program_strcompile(dtp, s, DTRACE_PROBESPEC_NAME, s);
	free(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dtrace_hdl_t *dtp;
	unsigned mode;

	if (size == 0)
		return 0;
	mode = data[0];
	data++;
	size--;
	if (!(mode & (MODE_SCRIPT | MODE_SPEC)))
		mode |= MODE_SCRIPT;

	if ((mode & MODE_SCRIPT) && (mode & MODE_SPEC) && (mode & MODE_SHARED)) {
		dtp = fuzz_open(mode);
		fuzz_script(dtp, data, size);
		fuzz_spec(dtp, data, size);
		fuzz_close(dtp, mode);
		return 0;
	}
	if (mode & MODE_SCRIPT) {
		dtp = fuzz_open(mode);
		fuzz_script(dtp, data, size);
		fuzz_close(dtp, mode);
	}
	if (mode & MODE_SPEC) {
		dtp = fuzz_open(mode);
		fuzz_spec(dtp, data, size);
		fuzz_close(dtp, mode);
	}
	return 0;
}
