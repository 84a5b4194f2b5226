/*
 * dt_macro.c -- D's macro variables.
 *
 * $0 is the script's name (the command's name for -n), $1 .. $n the words
 * after the script on the command line and $$1 .. the same words as strings.
 * A word used as $n becomes the token it spells: an integer constant
 * (decimal, 0 octal, 0x hex, with an optional sign), an identifier, or else
 * a string (surrounding double quotes removed).  The named macro variables
 * ($target, $pid, $ppid, $uid, $gid, $euid, $egid, $sid, $pgid, $projid,
 * $taskid) are integers taken from the dtrace process itself (the -c/-p
 * process for $target); $$name gives the same number as a string.  $cwd and
 * $progname are strings: the working directory and the command's name.
 *
 * Option defaultargs lets a program use arguments that were not given (0,
 * or "" as $$n); without option argref, the last argument given must be
 * used by each program compiled.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dt_impl.h"
#include "dt_pcb.h"

void
dtrace_set_progname(dtrace_hdl_t *dtp, const char *argv0)
{
	dtp->progname = argv0;
}

/* $0: the script as named on the command line, or the command for -n. */
static const char *
dt_macro_arg0(dtrace_hdl_t *dtp)
{
	if (dtp->cur_spec != DTRACE_PROBESPEC_NAME && dtp->cur_name != NULL)
		return dtp->cur_name;
	return dtp->progname ? dtp->progname : "dtrace";
}

static const char *
dt_macro_basename(const char *s)
{
	const char *p = strrchr(s, '/');

	return p ? p + 1 : s;
}

/*
 * The text of argument k (0 is $0), or NULL when it was not given.  Using an
 * argument marks it referenced for the unused-argument check.
 */
static const char *
dt_macro_arg(dtrace_hdl_t *dtp, long k)
{
	if (k == 0)
		return dt_macro_arg0(dtp);
	if (k < 0 || k > dtp->macro_argc)
		return NULL;
	if (dtp->macro_ref != NULL)
		dtp->macro_ref[k - 1] = true;
	return dtp->macro_argv[k - 1];
}

/* The named integer macro variables; false when 'name' is not one. */
static bool
dt_macro_named(dtrace_hdl_t *dtp, const char *name, int64_t *v)
{
	if (strcmp(name, "target") == 0)
		*v = dtp->target;
	else if (strcmp(name, "pid") == 0)
		*v = getpid();
	else if (strcmp(name, "ppid") == 0)
		*v = getppid();
	else if (strcmp(name, "uid") == 0)
		*v = (int32_t)getuid();
	else if (strcmp(name, "gid") == 0)
		*v = (int32_t)getgid();
	else if (strcmp(name, "euid") == 0)
		*v = (int32_t)geteuid();
	else if (strcmp(name, "egid") == 0)
		*v = (int32_t)getegid();
	else if (strcmp(name, "sid") == 0)
		*v = getsid(0);
	else if (strcmp(name, "pgid") == 0)
		*v = getpgid(0);
	else if (strcmp(name, "projid") == 0 || strcmp(name, "taskid") == 0)
		*v = 0;         /* Solaris projects and tasks: none on Linux */
	else
		return false;
	return true;
}

/* The named string macro variables (not in Solaris DTrace). */
static const char *
dt_macro_named_str(dtrace_hdl_t *dtp, const char *name, char *buf, size_t len)
{
	if (strcmp(name, "cwd") == 0)
		return getcwd(buf, len) ? buf : "";
	if (strcmp(name, "progname") == 0)
		return dt_macro_basename(dtp->progname ? dtp->progname : "dtrace");
	return NULL;
}

/* Would the D lexer read 's' as one integer constant or identifier? */
static bool
dt_macro_idnum(const char *s)
{
	char *end;

	if (*s == '\0')
		return false;
	errno = 0;
	(void)strtoull(s, &end, 0);
	if (errno == 0 && *end == '\0')
		return true;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '`')
			return false;
	return true;
}

static void
dt_macro_string(dtrace_hdl_t *dtp, dt_node_t *n, const char *s, size_t len)
{
	char *p = dt_alloc(dtp, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	dt_unescape(p, len);
	n->kind = DT_N_STRING;
	n->str = p;
	n->type = dt_type_string;
	n->isconst = true;
}

/* An integer constant gets C's type, as the lexer gives a literal. */
static void
dt_macro_integer(dt_node_t *n, uint64_t v, bool decimal, bool neg)
{
	n->kind = DT_N_INT;
	n->isconst = true;
	if (v <= INT32_MAX)
		n->type = dt_type_int;
	else if (!decimal && v <= UINT32_MAX)
		n->type = dt_type_uint;
	else if (v <= INT64_MAX)
		n->type = dt_type_long;
	else
		n->type = dt_type_ulong;
	n->value = neg ? -(int64_t)v : (int64_t)v;
}

/* $n: the argument's text read as an integer, an identifier or a string. */
static int
dt_macro_word(dtrace_hdl_t *dtp, dt_node_t *n, const char *v)
{
	const char *s = v;
	size_t len = strlen(v);
	unsigned long long u;
	char *end;
	bool neg = false;

	if (!dt_macro_idnum(v)) {
		if (len >= 2 && v[0] == '"' && v[len - 1] == '"')
			dt_macro_string(dtp, n, v + 1, len - 2);
		else
			dt_macro_string(dtp, n, v, len);
		return 0;
	}
	if (!isdigit((unsigned char)*s) && *s != '-' && *s != '+') {
		n->str = dt_astrdup(dtp, v);
		return 1;
	}
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	errno = 0;
	u = strtoull(s, &end, 0);
	if (errno == ERANGE) {
		dt_compile_error(dtp, n->line, D_MACRO_OFLOW,
				 "macro argument %s constant %s results in integer overflow", n->str, s);
		return -1;
	}
	if (*end != '\0' && strspn(end, "uUlL") != strlen(end)) {
		dt_compile_error(dtp, n->line, D_INT_DIGIT, "constant %s contains invalid digit %c",
				 s, *end);
		return -1;
	}
	dt_macro_integer(n, u, *s != '0', neg);
	return 0;
}

/*
 * Replace the identifier node n ("$1", "$$2", "$target" ...) by its value.
 * Returns 0 when n became a constant, 1 when it became an identifier to be
 * resolved like one (n->str is its name), -1 after a compile error.
 */
int
dt_macro_node(dtrace_hdl_t *dtp, dt_node_t *n)
{
	const char *name = n->str + 1, *v;
	bool str = false;
	char buf[4096];
	int64_t iv;
	int rc;

	if (name[0] == '$') {
		str = true;
		name++;
	}
	if (isdigit((unsigned char)name[0])) {
		char *end;
		long k;

		errno = 0;
		k = strtol(name, &end, 10);
		if (*end != '\0' || errno != 0)
			k = -1;
		v = dt_macro_arg(dtp, k);
		if (v == NULL && !dtp->defaultargs) {
			dt_compile_error(dtp, n->line, D_MACRO_UNDEF, "macro argument %s is not defined",
					 n->str);
			return -1;
		}
		if (str) {
			v = v ? v : "";
			rc = 0;
			dt_macro_string(dtp, n, v, strlen(v));
		} else {
			rc = dt_macro_word(dtp, n, v ? v : "0");
		}
	} else if (dt_macro_named(dtp, name, &iv)) {
		rc = 0;
		if (str) {
			snprintf(buf, sizeof(buf), "%u", (unsigned)iv);
			dt_macro_string(dtp, n, buf, strlen(buf));
		} else {
			dt_macro_integer(n, (uint64_t)(int64_t)(int32_t)iv, true, false);
			n->value = (int32_t)iv;
		}
	} else if ((v = dt_macro_named_str(dtp, name, buf, sizeof(buf))) != NULL) {
		rc = 0;
		dt_macro_string(dtp, n, v, strlen(v));
	} else {
		dt_compile_error(dtp, n->line, D_MACRO_UNDEF, "macro variable %s is not defined", n->str);
		return -1;
	}
	return rc;
}

/*
 * A probe description field with a macro reference ("$1", "pid$target",
 * "$$2"): the text before '$', then the value, then (for $n) what follows
 * the digits.  -1 when the variable is not defined.
 */
int
dt_macro_pdesc(dtrace_hdl_t *dtp, const char *field, char **out)
{
	const char *d = strchr(field, '$'), *v, *rest = "";
	char buf[64];
	size_t n;

	if (d == NULL) {
		*out = dt_astrdup(dtp, field);
		return 0;
	}
	v = d + 1;
	if (*v == '$' && v[1] != '\0')
		v++;
	if (isdigit((unsigned char)*v)) {
		char *end;
		long k;

		errno = 0;
		k = strtol(v, &end, 10);
		rest = end;
		if (errno != 0 || (v = dt_macro_arg(dtp, k)) == NULL)
			return -1;
	} else {
		int64_t iv;
		const char *s;

		if (dt_macro_named(dtp, v, &iv)) {
			snprintf(buf, sizeof(buf), "%d", (int)iv);
			v = buf;
		} else if ((s = dt_macro_named_str(dtp, v, buf, sizeof(buf))) != NULL) {
			v = s;
		} else {
			return -1;
		}
	}
	n = (size_t)(d - field);
	*out = dt_alloc(dtp, n + strlen(v) + strlen(rest) + 1);
	memcpy(*out, field, n);
	strcpy(*out + n, v);
	strcat(*out, rest);
	return 0;
}

/* Before a program is compiled: no argument is referenced yet. */
void
dt_macro_begin(dtrace_hdl_t *dtp)
{
	free(dtp->macro_ref);
	dtp->macro_ref = dtp->macro_argc > 0 ? dt_zalloc((size_t)dtp->macro_argc * sizeof(bool)) : NULL;
}

/*
 * After it is compiled: DTrace requires the last argument to be used (so
 * that a mistyped command line is noticed), unless option argref is set.
 */
int
dt_macro_check_unused(dtrace_hdl_t *dtp, int line)
{
	int k = dtp->macro_argc;

	if (k == 0 || dtp->argref || dtp->macro_ref == NULL || dtp->macro_ref[k - 1])
		return 0;
	dt_compile_error(dtp, line, D_MACRO_UNUSED, "extraneous argument '%s' ($%d is not referenced)",
			 dtp->macro_argv[k - 1], k);
	return -1;
}

/* Options defaultargs and argref; 1 when 'name' is neither. */
int
dt_macro_setopt(dtrace_hdl_t *dtp, const char *name, const char *value)
{
	(void)value;
	if (strcmp(name, "defaultargs") == 0)
		dtp->defaultargs = true;
	else if (strcmp(name, "argref") == 0)
		dtp->argref = true;
	else
		return 1;
	return 0;
}
