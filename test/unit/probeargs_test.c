/*
 * probeargs_test.c -- unit test of typed probe arguments: reading C
 * declarations back as D types (dt_type_lookup_decl), and every argument
 * type the syscall and sdt providers describe on this kernel resolving to
 * a D type (a type that did not would leave args[N] an untyped integer);
 * translated arguments.
 * Reads tracefs and the kernel's BTF: needs root.
 * Prints "N passed, N failed"; exits non-zero on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dt_impl.h"
#include "check.h"

static void
check_decls(dtrace_hdl_t *dtp)
{
	static const struct {
		const char *decl;
		int kind, size, sign, nptr;
	} ok[] = {
		{ "int", DT_TK_INT, 4, 1, 0 },
		{ "unsigned int", DT_TK_INT, 4, 0, 0 },
		{ "unsigned long", DT_TK_INT, 8, 0, 0 },
		{ "const char *", DT_TK_PTR, 8, 0, 1 },
		{ "char *const *", DT_TK_PTR, 8, 0, 2 },
		{ "const char *const *", DT_TK_PTR, 8, 0, 2 },
		{ "void *", DT_TK_PTR, 8, 0, 1 },
		{ "struct task_struct *", DT_TK_PTR, 8, 0, 1 },
		{ "umode_t", DT_TK_INT, 2, 0, 0 },
		{ "pid_t", DT_TK_INT, 4, 1, 0 },
		{ "volatile int", DT_TK_INT, 4, 1, 0 },
		{ "unsigned", DT_TK_INT, 4, 0, 0 },
		{ "unsigned *", DT_TK_PTR, 8, 0, 1 },
		{ "long int", DT_TK_INT, 8, 1, 0 },
		{ "unsigned long int", DT_TK_INT, 8, 0, 0 },
		{ "signed short", DT_TK_INT, 2, 1, 0 },
	};
	static const char *const bad[] = { "", "int *x", "struct", "no_such_type_t", "*" };
	dt_type_t t;

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		int nptr = 0;

		if (dt_type_lookup_decl(dtp, ok[i].decl, &t) != 0) {
			CHECK(0, "\"%s\" not resolved", ok[i].decl);
			continue;
		}
		CHECK(t.kind == ok[i].kind && t.size == (uint32_t)ok[i].size &&
		      (t.kind != DT_TK_INT || t.sign == (bool)ok[i].sign),
		      "\"%s\": kind %d size %u sign %d", ok[i].decl, t.kind, t.size, t.sign);
		while (t.kind == DT_TK_PTR) {
			t = dt_type_deref(dtp, t);
			nptr++;
		}
		CHECK(nptr == ok[i].nptr, "\"%s\": %d pointers", ok[i].decl, nptr);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(dt_type_lookup_decl(dtp, bad[i], &t) != 0, "\"%s\" resolved", bad[i]);
}

/* Every argument of every probe of a provider has a type D knows. */
static void
check_provider(dtrace_hdl_t *dtp, const char *prov)
{
	dt_pdesc_t *pd;
	dt_probe_t **v;
	char err[256];
	int n, nargs = 0, unknown = 0;

	if (dt_pdesc_parse(dtp, prov, 0, &pd, err, sizeof(err)) != 0 ||
	    dt_probe_match(dtp, pd, &v, &n) != 0) {
		CHECK(0, "%s: %s", prov, dtrace_errmsg(dtp));
		return;
	}
	CHECK(n > 100, "%s: only %d probes", prov, n);
	for (int i = 0; i < n; i++) {
		for (int a = 0; a < dt_probe_args(dtp, v[i]); a++) {
			dt_type_t t;

			nargs++;
			if (dt_type_lookup_decl(dtp, v[i]->argv[a].type, &t) != 0) {
				if (unknown++ < 5)
					fprintf(stderr, "%s:%s:%s:%s args[%d]: %s\n", v[i]->prov, v[i]->mod,
						v[i]->func, v[i]->name, a, v[i]->argv[a].type);
			}
		}
	}
	free(v);
	CHECK(nargs > 100, "%s: only %d arguments", prov, nargs);
	CHECK(unknown == 0, "%s: %d of %d argument types unknown", prov, unknown, nargs);
}

/*
 * A translated argument (as proc, sched and io probes will have: psinfo_t *
 * from a task): args[0]->member is the translator's expression for it.
 */
static void
check_xlate(dtrace_hdl_t *dtp)
{
	static const dt_argdesc_t xl = { "struct task_struct *", "struct dt_xl *", "p", 0 };
	static const char decls[] =
		"struct dt_xl { int pid; int ppid; };\n"
		"translator struct dt_xl < struct task_struct *T > {\n"
		"	pid = T->pid; ppid = T->real_parent->tgid;\n"
		"};\n";
	char text[1024];
	dt_pdesc_t *pd;
	dt_probe_t **v;
	char err[256];
	int n;

	if (dt_pdesc_parse(dtp, "sdt:sched::sched_process_exec", 0, &pd, err, sizeof(err)) != 0 ||
	    dt_probe_match(dtp, pd, &v, &n) != 0 || n != 1) {
		CHECK(0, "no sched_process_exec probe");
		return;
	}
	/* described before the provider is asked, so its own types are not read */
	dt_probe_set_args(v[0], 1, &xl);
	snprintf(text, sizeof(text), "%ssdt:sched::sched_process_exec { trace(args[0]->ppid); }",
		 decls);
	CHECK(dtrace_program_strcompile(dtp, text, DTRACE_PROBESPEC_NAME, "xlate") != NULL,
	      "translated args[0]: %s", dtrace_errmsg(dtp));
	/* the translator stays declared in the handle */
	snprintf(text, sizeof(text), "sdt:sched::sched_process_exec { trace(args[0]->comm); }");
	CHECK(dtrace_program_strcompile(dtp, text, DTRACE_PROBESPEC_NAME, "xlate") == NULL &&
	      strstr(dtrace_errmsg(dtp), "comm is not a member of struct dt_xl") != NULL,
	      "a member the translated type lacks: %s", dtrace_errmsg(dtp));
	free(v);
}

int
main(void)
{
	int err;
	dtrace_hdl_t *dtp = dtrace_open(&err);

	if (dtp == NULL) {
		fprintf(stderr, "dtrace_open failed\n");
		return 1;
	}
	check_decls(dtp);
	check_provider(dtp, "syscall:::entry");
	check_provider(dtp, "sdt:::");
	dtrace_close(dtp);
	if ((dtp = dtrace_open(&err)) == NULL) {
		fprintf(stderr, "dtrace_open failed\n");
		return 1;
	}
	check_xlate(dtp);
	dtrace_close(dtp);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
