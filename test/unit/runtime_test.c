/*
 * runtime_test.c -- unit test of the BPF runtime library (bpf/runtime.c) and
 * its linker (dt_runtime.c).
 *
 * Builds small programs by hand that call runtime functions through marked
 * calls, links them with dt_runtime_link(), checks the result, then loads
 * them into the kernel (BPF_PROG_TYPE_RAW_TRACEPOINT) and runs them with
 * BPF_PROG_TEST_RUN.  Needs the privileges to load BPF programs.
 * Prints "N passed, N failed"; exits non-zero on failure.
 *
 * Set RUNTIME_TEST_VERBOSE=1 to see the verifier's statistics.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <linux/bpf.h>

#include "dt_bpf_insn.h"
#include "dt_runtime.h"
#include "check.h"

/* ------------------------------------------------------------------ */

static int verbose;
static int strcmp_id = -1;


static struct bpf_insn
rt_call(int id)
{
	return DT_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, DT_RT_CALL_MARK | id);
}

static int
is_pseudo_call(const struct bpf_insn *in)
{
	return in->code == (BPF_JMP | BPF_CALL) && in->src_reg == BPF_PSEUDO_CALL;
}

/* A 64-bit load of a function's address (BPF_PSEUDO_FUNC). */
static int
is_func_addr(const struct bpf_insn *in)
{
	return in->code == (BPF_LD | BPF_IMM | BPF_DW) && in->src_reg == BPF_PSEUDO_FUNC;
}

/* strncmp() as dt_strcmp() defines it: the unsigned char difference. */
static int
ref_strncmp(const char *s1, const char *s2, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c1 = (unsigned char)s1[i], c2 = (unsigned char)s2[i];

		if (c1 != c2 || c1 == 0)
			return (int)c1 - (int)c2;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Linking, without the kernel.                                        */

static void
test_ids(void)
{
	strcmp_id = dt_runtime_id("dt_strcmp");
	CHECK(strcmp_id >= 0, "dt_runtime_id(dt_strcmp) = %d", strcmp_id);
	CHECK(dt_runtime_id("dt_no_such_function") == -1, "unknown name has an id");
	CHECK(dt_runtime_id("") == -1, "empty name has an id");
	CHECK(dt_runtime_id("dt_strcmp") == strcmp_id, "id not stable");
}

static void
test_link_nothing(void)
{
	dt_insnbuf_t ib = { NULL, 0, 0 };
	char err[256] = "";

	dt_ib_emit(&ib, MOV64_IMM(BPF_REG_0, 0));
	/* a program's own subprogram call: imm negative, bit 30 set */
	dt_ib_emit(&ib, DT_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, -2));
	dt_ib_emit(&ib, CALL_HELPER(BPF_FUNC_ktime_get_ns));
	dt_ib_emit(&ib, EXIT_INSN());
	CHECK(dt_runtime_link(&ib, err, sizeof(err)) == 0, "link without calls: %s", err);
	CHECK(ib.n == 4, "link without calls appended %zu instructions", ib.n - 4);
	CHECK(ib.insns[1].imm == -2, "an unmarked call was changed to %d", ib.insns[1].imm);
	dt_ib_free(&ib);
}

static void
test_link_unknown(void)
{
	dt_insnbuf_t ib = { NULL, 0, 0 };
	char err[256] = "";
	int rc;

	dt_ib_emit(&ib, rt_call(0x3fffffff));
	dt_ib_emit(&ib, EXIT_INSN());
	rc = dt_runtime_link(&ib, err, sizeof(err));
	CHECK(rc == -1, "a call to an unknown function linked");
	CHECK(err[0] != '\0', "no message for an unknown function");
	if (verbose)
		printf("unknown function: %s\n", err);
	dt_ib_free(&ib);

	/* what the code generator emits when dt_runtime_id() returns -1 */
	err[0] = '\0';
	dt_ib_emit(&ib, rt_call(dt_runtime_id("dt_no_such_function")));
	dt_ib_emit(&ib, EXIT_INSN());
	rc = dt_runtime_link(&ib, err, sizeof(err));
	CHECK(rc == -1 && err[0] != '\0', "a call through a failed dt_runtime_id() linked");
	if (verbose)
		printf("failed id: %s\n", err);
	dt_ib_free(&ib);
}

/*
 * Two calls to dt_strcmp: one copy is appended, both calls reach it, and
 * linking again changes nothing.
 */
static void
test_link_once(void)
{
	dt_insnbuf_t ib = { NULL, 0, 0 };
	char err[256] = "";
	size_t n0, n1;
	int64_t t0, t1;

	dt_ib_emit(&ib, rt_call(strcmp_id));
	dt_ib_emit(&ib, MOV64_REG(BPF_REG_6, BPF_REG_0));
	dt_ib_emit(&ib, rt_call(strcmp_id));
	dt_ib_emit(&ib, EXIT_INSN());
	n0 = ib.n;
	CHECK(dt_runtime_link(&ib, err, sizeof(err)) == 0, "link: %s", err);
	n1 = ib.n;
	CHECK(n1 > n0, "nothing appended");
	t0 = 0 + 1 + (int64_t)ib.insns[0].imm;
	t1 = 2 + 1 + (int64_t)ib.insns[2].imm;
	CHECK(t0 == (int64_t)n0 && t1 == (int64_t)n0,
	      "calls go to %lld and %lld, not %zu", (long long)t0, (long long)t1, n0);
	CHECK(ib.insns[n1 - 1].code == (BPF_JMP | BPF_EXIT), "appended code does not end in exit");
	CHECK(dt_runtime_link(&ib, err, sizeof(err)) == 0 && ib.n == n1,
	      "linking twice appended code again");
	dt_ib_free(&ib);
}

/*
 * Whatever the library holds: a call to each function links, and every
 * call in the result lands inside the program, on code that was appended.
 */
static void
test_link_each(void)
{
	int id;

	for (id = 0; id < 1024; id++) {
		dt_insnbuf_t ib = { NULL, 0, 0 };
		char err[256] = "";
		int ok = 1;

		dt_ib_emit(&ib, rt_call(id));
		dt_ib_emit(&ib, EXIT_INSN());
		if (dt_runtime_link(&ib, err, sizeof(err)) != 0) {
			dt_ib_free(&ib);
			break;
		}
		for (size_t i = 0; i < ib.n; i++) {
			int64_t t;

			/* calls, and function addresses (bpf_loop() callbacks) */
			if (!is_pseudo_call(&ib.insns[i]) && !is_func_addr(&ib.insns[i]))
				continue;
			t = (int64_t)i + 1 + ib.insns[i].imm;
			/* past the program's two instructions; no mark left */
			if (t < 2 || t >= (int64_t)ib.n ||
			    (ib.insns[i].imm > 0 && (ib.insns[i].imm & DT_RT_CALL_MARK) != 0))
				ok = 0;
		}
		CHECK(ok, "function %d: a call in the linked program goes astray", id);
		dt_ib_free(&ib);
	}
	CHECK(id > strcmp_id, "only %d functions link", id);
	if (verbose)
		printf("%d runtime function(s)\n", id);
}

/*
 * dt_strsearch() hands callbacks to bpf_loop(): they are appended too, and
 * each load of an address points at one, relative to the load.
 */
static void
test_link_callback(void)
{
	dt_insnbuf_t ib = { NULL, 0, 0 };
	char err[256] = "";
	int id = dt_runtime_id("dt_strsearch"), nload = 0;
	size_t n0;

	CHECK(id >= 0, "dt_runtime_id(dt_strsearch) = %d", id);
	if (id < 0)
		return;
	dt_ib_emit(&ib, rt_call(id));
	dt_ib_emit(&ib, EXIT_INSN());
	n0 = ib.n;
	CHECK(dt_runtime_link(&ib, err, sizeof(err)) == 0, "link: %s", err);
	for (size_t i = 0; i < ib.n; i++) {
		int64_t t;

		if (!is_func_addr(&ib.insns[i]))
			continue;
		nload++;
		t = (int64_t)i + 1 + ib.insns[i].imm;
		CHECK(t > (int64_t)i && t < (int64_t)ib.n && t != (int64_t)n0,
		      "the callback's address points at %lld (program %zu, function at %zu)",
		      (long long)t, ib.n, n0);
		CHECK(i + 1 < ib.n && ib.insns[i + 1].imm == 0, "second half of the load changed");
	}
	/* its length scans, the search, the copy of what was found */
	CHECK(nload >= 2, "%d function address loads, want at least 2", nload);
	dt_ib_free(&ib);
}

/* ------------------------------------------------------------------ */
/* Running, in the kernel.                                             */

static char vlog[1 << 20];

static int
load(const dt_insnbuf_t *ib, const char *what)
{
	LIBBPF_OPTS(bpf_prog_load_opts, opts);
	int fd;

	opts.log_buf = vlog;
	opts.log_size = sizeof(vlog);
	opts.log_level = verbose ? 4 : 0;  /* BPF_LOG_STATS */
	vlog[0] = '\0';
	fd = bpf_prog_load(BPF_PROG_TYPE_RAW_TRACEPOINT, what, "GPL", ib->insns, ib->n, &opts);
	if (fd < 0 && vlog[0] == '\0') {
		/* again with the log, to show why */
		opts.log_level = 1;
		fd = bpf_prog_load(BPF_PROG_TYPE_RAW_TRACEPOINT, what, "GPL", ib->insns, ib->n, &opts);
	}
	if (fd < 0) {
		size_t len = strlen(vlog);

		fprintf(stderr, "%s: load failed: %s%s\n", what, strerror(errno),
			errno == EPERM ? " (this test needs the privileges to load BPF)" : "");
		fprintf(stderr, "%s\n", len > 4000 ? vlog + len - 4000 : vlog);
		return -1;
	}
	if (verbose) {
		const char *s = strstr(vlog, "processed ");

		printf("%s: %zu insns; verifier: %s", what, ib->n, s ? s : "(no stats)\n");
	}
	return fd;
}

static int
run(int fd, int *ret)
{
	LIBBPF_OPTS(bpf_test_run_opts, opts);

	if (bpf_prog_test_run_opts(fd, &opts) != 0)
		return -1;
	*ret = (int)opts.retval;
	return 0;
}

/*
 * Stack strings: s1 at fp-64, s2 at fp-32, 32 bytes each, written with
 * 32-bit stores; r0 = dt_strcmp(s1, s2, n).
 */
static void
gen_stack_prog(dt_insnbuf_t *ib, const char s1[32], const char s2[32], int n)
{
	for (int i = 0; i < 32; i += 4) {
		uint32_t w1, w2;

		memcpy(&w1, s1 + i, 4);
		memcpy(&w2, s2 + i, 4);
		dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, -64 + i, (int32_t)w1));
		dt_ib_emit(ib, ST_MEM(BPF_W, BPF_REG_10, -32 + i, (int32_t)w2));
	}
	dt_ib_emit(ib, MOV64_REG(BPF_REG_1, BPF_REG_10));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_1, -64));
	dt_ib_emit(ib, MOV64_REG(BPF_REG_2, BPF_REG_10));
	dt_ib_emit(ib, ALU64_IMM(BPF_ADD, BPF_REG_2, -32));
	dt_ib_emit(ib, MOV64_IMM(BPF_REG_3, n));
	dt_ib_emit(ib, rt_call(strcmp_id));
	dt_ib_emit(ib, EXIT_INSN());
}

static int
stack_case(int line, const char *a, const char *b, int n)
{
	char s1[32], s2[32];
	dt_insnbuf_t ib = { NULL, 0, 0 };
	char err[256] = "", name[32];
	int fd, ret = 0, want;

	memset(s1, 0, sizeof(s1));
	memset(s2, 0, sizeof(s2));
	memcpy(s1, a, strlen(a) < sizeof(s1) ? strlen(a) : sizeof(s1) - 1);
	memcpy(s2, b, strlen(b) < sizeof(s2) ? strlen(b) : sizeof(s2) - 1);
	want = ref_strncmp(s1, s2, (size_t)n);
	gen_stack_prog(&ib, s1, s2, n);
	if (dt_runtime_link(&ib, err, sizeof(err)) != 0) {
		CHECK(0, "link: %s", err);
		dt_ib_free(&ib);
		return -1;
	}
	snprintf(name, sizeof(name), "rt_stack_%d", n);
	fd = load(&ib, name);
	dt_ib_free(&ib);
	if (fd < 0) {
		check(0, line, "stack case not loaded");
		return -1;
	}
	if (run(fd, &ret) != 0)
		check(0, line, "test run failed: %s", strerror(errno));
	else
		check(ret == want, line, "dt_strcmp(\"%s\", \"%s\", %d) = %d, want %d",
		      a, b, n, ret, want);
	close(fd);
	return 0;
}

/* Strings in a map value: s1 at 0, s2 at STRMAX. */
#define STRMAX 4096

typedef struct mapprog {
	int map_fd;
	int fd[4];
	int nsz[4];
	int nprog;
} mapprog_t;

/*
 * r0 = dt_strcmp(v, v + STRMAX, n) with v the map's value (0 if the lookup
 * fails).  With 'wrap', the call is made from a subprogram of the program's
 * own, and the runtime code goes after it.
 */
static int
gen_map_prog(int map_fd, int n, int wrap, int twice)
{
	dt_insnbuf_t ib = { NULL, 0, 0 };
	char err[256] = "", name[32];
	size_t fix = 0;
	int fd;

	dt_ib_emit(&ib, ST_MEM(BPF_W, BPF_REG_10, -4, 0));
	dt_ib_emit(&ib, LD_IMM64_LO(BPF_REG_1, BPF_PSEUDO_MAP_FD, map_fd));
	dt_ib_emit(&ib, LD_IMM64_HI(0));
	dt_ib_emit(&ib, MOV64_REG(BPF_REG_2, BPF_REG_10));
	dt_ib_emit(&ib, ALU64_IMM(BPF_ADD, BPF_REG_2, -4));
	dt_ib_emit(&ib, CALL_HELPER(BPF_FUNC_map_lookup_elem));
	dt_ib_emit(&ib, JMP_IMM(BPF_JNE, BPF_REG_0, 0, 1));
	dt_ib_emit(&ib, EXIT_INSN());
	dt_ib_emit(&ib, MOV64_REG(BPF_REG_6, BPF_REG_0));
	dt_ib_emit(&ib, MOV64_REG(BPF_REG_1, BPF_REG_6));
	dt_ib_emit(&ib, MOV64_REG(BPF_REG_2, BPF_REG_6));
	dt_ib_emit(&ib, ALU64_IMM(BPF_ADD, BPF_REG_2, STRMAX));
	dt_ib_emit(&ib, MOV64_IMM(BPF_REG_3, n));
	if (wrap) {
		fix = ib.n;
		dt_ib_emit(&ib, DT_INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, 0));
	} else {
		dt_ib_emit(&ib, rt_call(strcmp_id));
	}
	if (twice) {
		/* the same again, reversed: r0 = r0 * 1000 + dt_strcmp(s2, s1) */
		dt_ib_emit(&ib, MOV64_REG(BPF_REG_7, BPF_REG_0));
		dt_ib_emit(&ib, ALU64_IMM(BPF_MUL, BPF_REG_7, 1000));
		dt_ib_emit(&ib, MOV64_REG(BPF_REG_2, BPF_REG_6));
		dt_ib_emit(&ib, MOV64_REG(BPF_REG_1, BPF_REG_6));
		dt_ib_emit(&ib, ALU64_IMM(BPF_ADD, BPF_REG_1, STRMAX));
		dt_ib_emit(&ib, MOV64_IMM(BPF_REG_3, n));
		dt_ib_emit(&ib, rt_call(strcmp_id));
		dt_ib_emit(&ib, ALU64_REG(BPF_ADD, BPF_REG_0, BPF_REG_7));
	}
	dt_ib_emit(&ib, EXIT_INSN());
	if (wrap) {
		/* the subprogram: return dt_strcmp(r1, r2, r3) */
		ib.insns[fix].imm = (int32_t)(ib.n - (fix + 1));
		dt_ib_emit(&ib, rt_call(strcmp_id));
		dt_ib_emit(&ib, EXIT_INSN());
	}
	if (dt_runtime_link(&ib, err, sizeof(err)) != 0) {
		CHECK(0, "link: %s", err);
		dt_ib_free(&ib);
		return -1;
	}
	snprintf(name, sizeof(name), "rt_map_%d%s%s", n, wrap ? "_w" : "", twice ? "_2" : "");
	fd = load(&ib, name);
	dt_ib_free(&ib);
	return fd;
}

static void
map_case(int line, int map_fd, int fd, int n, int twice, const char *a, size_t alen,
	 const char *b, size_t blen)
{
	static char val[2 * STRMAX];
	uint32_t key = 0;
	int ret = 0, want;

	/* fill the rest with garbage, as a reused buffer would hold */
	memset(val, 0x5a, sizeof(val));
	memcpy(val, a, alen);
	memcpy(val + STRMAX, b, blen);
	want = ref_strncmp(val, val + STRMAX, (size_t)n);
	if (twice)
		want = want * 1000 + ref_strncmp(val + STRMAX, val, (size_t)n);
	if (bpf_map_update_elem(map_fd, &key, val, BPF_ANY) != 0) {
		check(0, line, "map update: %s", strerror(errno));
		return;
	}
	if (run(fd, &ret) != 0)
		check(0, line, "test run failed: %s", strerror(errno));
	else
		check(ret == want, line, "n=%d: dt_strcmp(\"%.*s\", \"%.*s\") = %d, want %d",
		      n, (int)(alen > 40 ? 40 : alen), a, (int)(blen > 40 ? 40 : blen), b,
		      ret, want);
}

/* a string of len bytes of 'c' (and a NUL if nul), in buf */
static size_t
fill(char *buf, int c, size_t len, int nul)
{
	memset(buf, c, len);
	if (nul)
		buf[len] = '\0';
	return len + (nul ? 1 : 0);
}

static void
test_kernel(void)
{
	static char big1[STRMAX + 1], big2[STRMAX + 1];
	int map_fd, fd;
	size_t l1, l2;

	/* strings on the stack */
	if (stack_case(__LINE__, "hello", "hello", 32) != 0)
		return;  /* cannot load: the rest would fail the same way */
	stack_case(__LINE__, "abc", "abd", 32);
	stack_case(__LINE__, "abd", "abc", 32);
	stack_case(__LINE__, "abc", "abcdef", 32);     /* prefix */
	stack_case(__LINE__, "abcdef", "abc", 32);
	stack_case(__LINE__, "", "", 32);
	stack_case(__LINE__, "", "a", 32);
	stack_case(__LINE__, "abcdef", "abcxyz", 3);   /* n shorter than the strings */
	stack_case(__LINE__, "abcdef", "abcxyz", 4);
	stack_case(__LINE__, "abcdef", "abcdef", 1);
	stack_case(__LINE__, "x", "y", 0);             /* n = 0 */
	stack_case(__LINE__, "\xff", "\x01", 32);      /* unsigned bytes */
	stack_case(__LINE__, "\x01", "\xff", 32);
	stack_case(__LINE__, "a\x80", "a\x7f", 32);

	/* strings in a map value, with the usual sizes */
	map_fd = bpf_map_create(BPF_MAP_TYPE_ARRAY, "rt_test", sizeof(uint32_t),
				2 * STRMAX, 1, NULL);
	if (map_fd < 0) {
		CHECK(0, "map create: %s", strerror(errno));
		return;
	}
	fd = gen_map_prog(map_fd, 256, 0, 0);
	CHECK(fd >= 0, "n=256 not loaded");
	if (fd >= 0) {
		map_case(__LINE__, map_fd, fd, 256, 0, "open", 5, "open", 5);
		map_case(__LINE__, map_fd, fd, 256, 0, "open", 5, "openat", 7);
		map_case(__LINE__, map_fd, fd, 256, 0, "openat", 7, "open", 5);
		map_case(__LINE__, map_fd, fd, 256, 0, "read", 5, "write", 6);
		map_case(__LINE__, map_fd, fd, 256, 0, "write", 6, "read", 5);
		/* equal up to the NUL, different after it */
		map_case(__LINE__, map_fd, fd, 256, 0, "ab\0xyz", 6, "ab\0uvw", 6);
		/* no NUL within n: equal */
		l1 = fill(big1, 'q', 300, 0);
		l2 = fill(big2, 'q', 300, 0);
		map_case(__LINE__, map_fd, fd, 256, 0, big1, l1, big2, l2);
		/* the last byte counted differs */
		big2[255] = 'r';
		map_case(__LINE__, map_fd, fd, 256, 0, big1, l1, big2, l2);
		/* the first byte not counted differs */
		big2[255] = 'q';
		big2[256] = 'r';
		map_case(__LINE__, map_fd, fd, 256, 0, big1, l1, big2, l2);
		close(fd);
	}

	/* the largest n, and long strings */
	fd = gen_map_prog(map_fd, STRMAX, 0, 0);
	CHECK(fd >= 0, "n=%d not loaded", STRMAX);
	if (fd >= 0) {
		l1 = fill(big1, 'z', STRMAX, 0);
		l2 = fill(big2, 'z', STRMAX, 0);
		map_case(__LINE__, map_fd, fd, STRMAX, 0, big1, l1, big2, l2);
		big2[STRMAX - 1] = 'a';
		map_case(__LINE__, map_fd, fd, STRMAX, 0, big1, l1, big2, l2);
		big2[STRMAX - 1] = 'z';
		l1 = fill(big1, 'z', 3000, 1);
		map_case(__LINE__, map_fd, fd, STRMAX, 0, big1, l1, big2, l2);
		map_case(__LINE__, map_fd, fd, STRMAX, 0, "", 1, "", 1);
		close(fd);
	}

	/* an odd n */
	fd = gen_map_prog(map_fd, 7, 0, 0);
	CHECK(fd >= 0, "n=7 not loaded");
	if (fd >= 0) {
		map_case(__LINE__, map_fd, fd, 7, 0, "1234567A", 8, "1234567B", 8);
		map_case(__LINE__, map_fd, fd, 7, 0, "123456A", 7, "123456B", 7);
		close(fd);
	}

	/* called from the program's own subprogram */
	fd = gen_map_prog(map_fd, 256, 1, 0);
	CHECK(fd >= 0, "subprogram caller not loaded");
	if (fd >= 0) {
		map_case(__LINE__, map_fd, fd, 256, 0, "abc", 4, "abd", 4);
		map_case(__LINE__, map_fd, fd, 256, 0, "same", 5, "same", 5);
		close(fd);
	}

	/* two call sites, one copy */
	fd = gen_map_prog(map_fd, 64, 0, 1);
	CHECK(fd >= 0, "two calls not loaded");
	if (fd >= 0) {
		map_case(__LINE__, map_fd, fd, 64, 1, "abc", 4, "abd", 4);
		map_case(__LINE__, map_fd, fd, 64, 1, "same", 5, "same", 5);
		map_case(__LINE__, map_fd, fd, 64, 1, "\x90", 2, "", 1);
		close(fd);
	}
	close(map_fd);
}

int
main(void)
{
	const char *v = getenv("RUNTIME_TEST_VERBOSE");

	verbose = v != NULL && *v != '\0' && strcmp(v, "0") != 0;
	test_ids();
	test_link_nothing();
	test_link_unknown();
	if (strcmp_id >= 0) {
		test_link_once();
		test_link_each();
		test_link_callback();
		test_kernel();
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
