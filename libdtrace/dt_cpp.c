/*
 * dt_cpp.c -- the C preprocessor (-C) and the control lines it leaves.
 *
 * With option cpp, a script runs through cpp(1) before it is compiled, with
 * the definitions DTrace makes (__linux, __SUNW_D ...), then the -D, -U and
 * -I options in command-line order.  The output's line markers
 * (# 12 "file" 1) and #line directives reset the line number and the file
 * named in error messages; the script itself is read from /dev/stdin, so
 * markers naming it restore the plain "line N" form.  Without -C, the only
 * control lines D knows are #pragma, #line (and its # N form), #ident and
 * #error; any other # directive is an error, as in DTrace.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include "dt_impl.h"
#include "dt_pcb.h"

#define DT_CPP_DEFAULT "/usr/bin/cpp"
#define DT_CPP_INPUT "/dev/stdin"

static void
dt_cpp_add(dtrace_hdl_t *dtp, const char *prefix, const char *arg)
{
	size_t n = strlen(prefix) + strlen(arg) + 1;
	char *s = dt_zalloc(n);

	snprintf(s, n, "%s%s", prefix, arg);
	dtp->cpp_argv = dt_realloc(dtp->cpp_argv, (size_t)(dtp->cpp_argc + 1) * sizeof(char *));
	dtp->cpp_argv[dtp->cpp_argc++] = s;
}

/* Options cpp, cpphdrs, cpppath, define, undef, incdir; 1 when 'name' is none of them. */
int
dt_cpp_setopt(dtrace_hdl_t *dtp, const char *name, const char *value)
{
	if (strcmp(name, "cpp") == 0) {
		dtp->cpp = true;
	} else if (strcmp(name, "cpphdrs") == 0) {
		dtp->cpphdrs = true;
	} else if (strcmp(name, "cpppath") == 0 || strcmp(name, "define") == 0 ||
		   strcmp(name, "undef") == 0 || strcmp(name, "incdir") == 0) {
		if (value == NULL || *value == '\0') {
			dt_set_errmsg(dtp, "Invalid value for specified option");
			return -1;
		}
		if (name[1] == 'p') {
			free(dtp->cpp_path);
			dtp->cpp_path = dt_strdup(value);
		} else {
			dt_cpp_add(dtp, name[0] == 'd' ? "-D" : name[0] == 'u' ? "-U" : "-I", value);
		}
	} else {
		return 1;
	}
	return 0;
}

void
dt_cpp_fini(dtrace_hdl_t *dtp)
{
	for (int i = 0; i < dtp->cpp_argc; i++)
		free(dtp->cpp_argv[i]);
	free(dtp->cpp_argv);
	free(dtp->cpp_path);
}

/* The command line: cpp, DTrace's own definitions, then the user's options. */
static char **
dt_cpp_argv(dtrace_hdl_t *dtp, char *own[], size_t nown)
{
	static char vers[] = "-D__SUNW_D_VERSION=0x0100d000";       /* D 1.13 */
	struct utsname u;
	char **argv = dt_zalloc((nown + (size_t)dtp->cpp_argc + 16) * sizeof(char *));
	size_t n = 0;

	argv[n++] = dtp->cpp_path ? dtp->cpp_path : DT_CPP_DEFAULT;
	argv[n++] = "-undef";
	argv[n++] = "-fno-show-column";
	argv[n++] = "-fno-diagnostics-show-caret";
	argv[n++] = "-D__linux";
	argv[n++] = "-D__unix";
	argv[n++] = "-D__SVR4";
	argv[n++] = "-D__SUNW_D=1";
	argv[n++] = vers;
	argv[n++] = "-D__SUNW_D_64";
	if (uname(&u) == 0) {
		snprintf(own[0], 80, "-D__%s", u.sysname);
		argv[n++] = own[0];
		if (strcmp(u.machine, "x86_64") == 0) {
			argv[n++] = "-D__amd64";
			argv[n++] = "-D__x86_64";
		} else {
			snprintf(own[1], 80, "-D__%s", u.machine);
			argv[n++] = own[1];
		}
	}
	if (dtp->cpphdrs)
		argv[n++] = "-H";
	for (int i = 0; i < dtp->cpp_argc; i++)
		argv[n++] = dtp->cpp_argv[i];
	argv[n++] = DT_CPP_INPUT;
	argv[n] = NULL;
	return argv;
}

/*
 * Run cpp over 'text'; on success *out (malloc'd) holds its output.  cpp's
 * own messages go to our stderr, as DTrace lets them.
 */
int
dt_cpp_run(dtrace_hdl_t *dtp, const char *text, size_t len, char **out, size_t *outlen)
{
	char own0[80], own1[80], *own[2] = { own0, own1 }, **argv, *buf = NULL;
	size_t cap = 0, n = 0;
	FILE *in = tmpfile();
	int p[2], status;
	pid_t pid;
	ssize_t r;

	if (in == NULL) {
		dt_set_errmsg(dtp, "failed to compile script %s: %s", dtp->cur_name, strerror(errno));
		return -1;
	}
	/* cpp rejects "#!": keep the line (for line numbers) but not its text */
	if (len >= 2 && text[0] == '#' && text[1] == '!') {
		size_t nl = strcspn(text, "\n");

		text += nl < len ? nl : len;
		len -= nl < len ? nl : len;
	}
	if ((len && fwrite(text, 1, len, in) != len) || fflush(in) != 0 || fseek(in, 0, SEEK_SET) != 0) {
		dt_set_errmsg(dtp, "failed to compile script %s: %s", dtp->cur_name, strerror(errno));
		fclose(in);
		return -1;
	}
	argv = dt_cpp_argv(dtp, own, 2);
	if (access(argv[0], X_OK) != 0) {
		dt_set_errmsg(dtp, "failed to compile script %s: Failed to exec preprocessor",
			      dtp->cur_name);
		free(argv);
		fclose(in);
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	if (pipe(p) != 0 || (pid = fork()) < 0) {
		dt_set_errmsg(dtp, "failed to compile script %s: Failed to fork preprocessor",
			      dtp->cur_name);
		free(argv);
		fclose(in);
		return -1;
	}
	if (pid == 0) {
		close(p[0]);
		if (dup2(fileno(in), 0) < 0 || dup2(p[1], 1) < 0)
			_exit(127);
		execv(argv[0], argv);
		_exit(127);
	}
	free(argv);
	fclose(in);
	close(p[1]);
	for (;;) {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 16384;
			buf = dt_realloc(buf, cap);
		}
		r = read(p[0], buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(p[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		dt_set_errmsg(dtp, "failed to compile script %s: Preprocessor failed to process input program",
			      dtp->cur_name);
		free(buf);
		return -1;
	}
	*out = buf;
	*outlen = n;
	return 0;
}

/* ---- control lines --------------------------------------------------- */

typedef struct dt_ctl_tok {
	char *text;
	bool isstr;     /* a "quoted" string (text without the quotes) */
	bool isint;     /* an integer constant (value) */
	long long value;
} dt_ctl_tok_t;

#define DT_CTL_MAXTOK 32

/* Split a control line after its '#': words, "strings" and integers. */
static int
dt_ctl_split(dtrace_hdl_t *dtp, const char *s, dt_ctl_tok_t *tok)
{
	int n = 0;

	while (*s && n < DT_CTL_MAXTOK) {
		const char *b;
		size_t len;

		s += strspn(s, " \t\r\f\v");
		if (*s == '\0')
			break;
		memset(&tok[n], 0, sizeof(tok[n]));
		if (*s == '"') {
			b = ++s;
			while (*s && *s != '"') {
				if (*s == '\\' && s[1])
					s++;
				s++;
			}
			len = (size_t)(s - b);
			if (*s == '"')
				s++;
			tok[n].isstr = true;
		} else {
			b = s;
			s += strcspn(s, " \t\r\f\v\"");
			len = (size_t)(s - b);
		}
		tok[n].text = dt_alloc(dtp, len + 1);
		memcpy(tok[n].text, b, len);
		tok[n].text[len] = '\0';
		if (tok[n].isstr) {
			dt_unescape(tok[n].text, len);
		} else if (isdigit((unsigned char)b[0])) {
			char *end;

			errno = 0;
			tok[n].value = (long long)strtoull(tok[n].text, &end, 0);
			tok[n].isint = errno == 0 && strspn(end, "uUlL") == strlen(end);
		}
		n++;
	}
	return n;
}

/* #line N ["file" [flags...]] and cpp's # N "file" flags. */
static int
dt_ctl_line(dt_pcb_t *pcb, int line, dt_ctl_tok_t *tok, int n, int *newline)
{
	dtrace_hdl_t *dtp = pcb->dtp;

	if (n < 1 || !tok[0].isint || (n > 1 && !tok[1].isstr))
		goto malformed;
	for (int i = 2; i < n; i++)
		if (!tok[i].isint)
			goto malformed;
	if (n > 1) {
		const char *f = tok[1].text;

		/* the script itself, as cpp read it: no file name in messages */
		if (strcmp(f, DT_CPP_INPUT) == 0 || strncmp(f, "/dev/fd/", 8) == 0)
			dtp->cur_file = NULL;
		else
			dtp->cur_file = f;
	}
	*newline = (int)tok[0].value;
	return 0;
malformed:
	dt_pcb_error(pcb, line, D_PRAGMA_MALFORM, "malformed #line <line> [ [\"file\"] state ]");
	return -1;
}

/*
 * A line starting with '#' (other than #! and, at top level, #pragma):
 * returns 0, with *newline set to the number of the line that follows when
 * the line renumbers the input (else -1) and *pragma set to a #pragma line
 * for the lexer to apply (else NULL); -1 after an error.
 */
int
dt_lex_control(dt_pcb_t *pcb, const char *text, int line, int *newline, const char **pragma)
{
	dtrace_hdl_t *dtp = pcb->dtp;
	dt_ctl_tok_t tok[DT_CTL_MAXTOK];
	const char *s = text + strspn(text, " \t\r\f\v");
	int n;

	*newline = -1;
	*pragma = NULL;
	s++;                    /* the '#' */
	if (*s == '!')
		return 0;       /* an interpreter line */
	n = dt_ctl_split(dtp, s, tok);
	if (n == 0)
		return 0;       /* the null directive */
	if (tok[0].isint)
		return dt_ctl_line(pcb, line, tok, n, newline);
	if (tok[0].isstr) {
		dt_pcb_error(pcb, line, D_PRAGCTL_INVAL, "invalid control directive");
		return -1;
	}
	if (strcmp(tok[0].text, "line") == 0)
		return dt_ctl_line(pcb, line, tok + 1, n - 1, newline);
	if (strcmp(tok[0].text, "ident") == 0)
		return 0;
	if (strcmp(tok[0].text, "pragma") == 0) {
		size_t len = strlen(s) + 2;
		char *p = dt_alloc(dtp, len);

		snprintf(p, len, "#%s", s + strspn(s, " \t"));
		*pragma = p;
		return 0;
	}
	if (strcmp(tok[0].text, "error") == 0) {
		char msg[800] = "";

		for (int i = 1; i < n; i++) {
			strncat(msg, tok[i].text, sizeof(msg) - strlen(msg) - 1);
			strncat(msg, " ", sizeof(msg) - strlen(msg) - 1);
		}
		dt_pcb_error(pcb, line, D_PRAGERR, "#error: %s", msg);
		return -1;
	}
	dt_pcb_error(pcb, line, D_PRAGCTL_INVAL, "invalid control directive: #%s", tok[0].text);
	return -1;
}
