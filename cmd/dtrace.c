/*
 * dtrace -- the command: options as DTrace has them, compile each -n/-s
 * request, start -c commands and grab -p processes, trace until exit(),
 * the processes' end or a signal, then END.
 *
 * Exit status: 0 success, 1 failure (compile error, probe error, tracing
 * failed), 2 invalid command line.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "dtrace.h"

#define E_SUCCESS 0
#define E_ERROR 1
#define E_USAGE 2

typedef enum { REQ_PROBE, REQ_SCRIPT, REQ_LIST } dt_reqkind_t;

typedef struct dt_req {
	dt_reqkind_t kind;
	const char *arg;       /* -n text, -s file, or -P/-m/-f/-i description */
	char listdesc[512];
	char spec;              /* -P, -m, -f or -i */
} dt_req_t;

static volatile sig_atomic_t g_intr;

static void
intr(int sig)
{
	(void)sig;
	g_intr = 1;
}

static void
usage(FILE *fp)
{
	fprintf(fp, "Usage: dtrace [-CeHqlSvVZ] [-c cmd] [-D name[=def]] [-I path] [-o output]\n"
		    "\t[-p pid] [-s script] [-U name] [-x opt[=val]]\n"
		    "\t[-n name] [-P provider] [-m module] [-f function] [-i probe-id]\n"
		    "\t[-- script args]\n\n"
		    "\t-c  run specified command and exit upon its completion\n"
		    "\t-C  run cpp(1) preprocessor on script files\n"
		    "\t-D  define symbol when invoking preprocessor\n"
		    "\t-e  exit after compiling request but prior to enabling probes\n"
		    "\t-H  print included files when invoking preprocessor\n"
		    "\t-I  add include directory to preprocessor search path\n"
		    "\t-l  list probes matching specified criteria\n"
		    "\t-n  enable or list probes matching the specified probe name\n"
		    "\t-o  set output file\n"
		    "\t-p  grab specified process-ID and cache its symbol tables\n"
		    "\t-q  set quiet mode (only output explicitly traced data)\n"
		    "\t-s  enable or list probes according to the specified D script\n"
		    "\t-S  print D compiler intermediate code\n"
		    "\t-U  undefine symbol when invoking preprocessor\n"
		    "\t-v  set verbose mode (report stability attributes, arguments)\n"
		    "\t-V  report DTrace API version\n"
		    "\t-x  enable or modify compiler and tracing options\n"
		    "\t-P  enable or list probes matching the specified provider name\n"
		    "\t-m  enable or list probes matching the specified module name\n"
		    "\t-f  enable or list probes matching the specified function name\n"
		    "\t-i  enable or list probes matching the specified probe id\n");
}

static void __attribute__((format(printf, 1, 2)))
warnmsg(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "dtrace: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* The text DTrace shows for a -n request: up to the predicate or body. */
static void
describe(const char *arg, char *buf, size_t len)
{
	size_t n = strcspn(arg, "/{");

	if (n >= len)
		n = len - 1;
	memcpy(buf, arg, n);
	buf[n] = '\0';
}

/* Resolve a command through PATH, as execvp would. */
static bool
command_exists(const char *cmd)
{
	const char *path = getenv("PATH");
	char buf[4096];

	if (strchr(cmd, '/'))
		return access(cmd, X_OK) == 0;
	if (path == NULL)
		path = "/usr/bin:/bin";
	while (*path) {
		size_t n = strcspn(path, ":");

		snprintf(buf, sizeof(buf), "%.*s/%s", (int)n, n ? path : ".", cmd);
		if (access(buf, X_OK) == 0)
			return true;
		path += n;
		if (*path == ':')
			path++;
	}
	return false;
}

/*
 * Start -c's command stopped: the child waits on a pipe and executes only
 * once tracing has begun, so its very first system calls are seen.
 */
static pid_t
create_process(const char *cmd, int *gofd)
{
	char *copy = strdup(cmd), *argv[128], *save = NULL, *tok;
	int argc = 0, p[2];
	pid_t pid;

	for (tok = strtok_r(copy, " \t", &save); tok && argc < 127; tok = strtok_r(NULL, " \t", &save))
		argv[argc++] = tok;
	argv[argc] = NULL;
	if (argc == 0 || !command_exists(argv[0])) {
		warnmsg("failed to execute %s: %s", argc ? argv[0] : cmd, strerror(ENOENT));
		free(copy);
		return -1;
	}
	if (pipe(p) != 0 || (pid = fork()) < 0) {
		warnmsg("failed to execute %s: %s", argv[0], strerror(errno));
		free(copy);
		return -1;
	}
	if (pid == 0) {
		char c;
		sigset_t none;

		close(p[1]);
		if (read(p[0], &c, 1) != 1)
			_exit(127);
		close(p[0]);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		execvp(argv[0], argv);
		fprintf(stderr, "dtrace: failed to execute %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(p[0]);
	*gofd = p[1];
	free(copy);
	return pid;
}

/*
 * The whole run, with the request and option arrays made by main(): every
 * return from here, error or not, leaves their freeing to main().
 */
static int
run(int argc, char **argv, dt_req_t *reqs, char **xopts, char **xcpp)
{
	int nreqs = 0, c, status = E_SUCCESS, gofd = -1;
	unsigned int total = 0;
	bool list = false, compile_only = false, show_bpf = false, quiet = false, version = false;
	bool verbose = false;
	const char *ofile = NULL, *cmd = NULL;
	pid_t target = 0, child = -1;
	FILE *out = stdout;
	dtrace_hdl_t *dtp;
	int nx = 0, ncpp = 0;
	struct sigaction sa;
	sigset_t block;

	opterr = 0;
	while ((c = getopt(argc, argv, "+c:CD:ef:Hi:I:lm:n:o:p:P:qs:SU:vVx:Z")) != -1) {
		switch (c) {
		case 'c': cmd = optarg; break;
		case 'e': compile_only = true; break;
		case 'l': list = true; break;
		case 'n': reqs[nreqs].kind = REQ_PROBE; reqs[nreqs++].arg = optarg; break;
		case 's': reqs[nreqs].kind = REQ_SCRIPT; reqs[nreqs++].arg = optarg; break;
		case 'P': case 'm': case 'f': case 'i':
			/* the description it stands for is made once the handle is open */
			reqs[nreqs].kind = REQ_LIST;
			reqs[nreqs].arg = optarg;
			reqs[nreqs].spec = (char)c;
			nreqs++;
			break;
		case 'o': ofile = optarg; break;
		case 'p': {
			char *end;
			long v = strtol(optarg, &end, 10);

			if (*optarg == '\0' || *end != '\0' || v <= 0) {
				warnmsg("invalid pid: %s", optarg);
				return E_ERROR;
			}
			target = (pid_t)v;
			break;
		}
		case 'q': quiet = true; break;
		case 'S': show_bpf = true; break;
		case 'V': version = true; break;
		case 'v': verbose = true; break;
		case 'x': xopts[nx++] = optarg; break;
		case 'Z': xopts[nx++] = "zdefs"; break;
		case 'C': xopts[nx++] = "cpp"; break;
		case 'H': xopts[nx++] = "cpphdrs"; break;
		case 'D': case 'I': case 'U': {
			/* -D name[=def], -I dir, -U name: -x define=, incdir=, undef= */
			const char *o = c == 'D' ? "define=" : c == 'I' ? "incdir=" : "undef=";
			char *x = malloc(strlen(o) + strlen(optarg) + 1);

			if (x == NULL) {
				warnmsg("out of memory");
				return E_ERROR;
			}
			strcpy(x, o);
			strcat(x, optarg);
			xopts[nx++] = xcpp[ncpp++] = x;
			break;
		}
		default:
			if (optopt && strchr("cDfiImnopPsUx", optopt))
				warnmsg("option requires an argument -- '%c'", optopt);
			else
				warnmsg("invalid option -- '%c'", optopt ? optopt : '?');
			usage(stderr);
			return E_USAGE;
		}
	}
	if (list + version > 1) {
		warnmsg("only one of the [-GhlV] options can be specified at a time");
		return E_USAGE;
	}
	if (version) {
		printf("dtrace: Sun D 1.13 (dtrace for Linux %s)\n", DTRACE_VERSION);
		return E_SUCCESS;
	}
	if (nreqs == 0 && !list) {
		usage(stderr);
		return E_USAGE;
	}
	if (cmd && target) {
		warnmsg("-c and -p may not be used together");
		return E_USAGE;
	}

	if ((dtp = dtrace_open(NULL)) == NULL) {
		warnmsg("failed to initialize dtrace");
		return E_ERROR;
	}
	if (quiet)
		dtrace_setopt(dtp, "quiet", NULL);
	for (int i = 0; i < nx; i++) {
		char *eq = strchr(xopts[i], '='), name[256];

		snprintf(name, sizeof(name), "%.*s", eq ? (int)(eq - xopts[i]) : (int)strlen(xopts[i]), xopts[i]);
		if (dtrace_setopt(dtp, name, eq ? eq + 1 : NULL) != 0) {
			warnmsg("failed to set -x %s: %s", name, dtrace_errmsg(dtp));
			dtrace_close(dtp);
			return E_ERROR;
		}
	}
	dtrace_set_macro_args(dtp, argc - optind, argv + optind);
	for (int i = 0; i < nreqs; i++) {
		if (reqs[i].kind == REQ_LIST &&
		    dtrace_spec_desc(dtp, reqs[i].spec, reqs[i].arg, reqs[i].listdesc,
				     sizeof(reqs[i].listdesc)) != 0) {
			warnmsg("invalid probe specifier %s: %s", reqs[i].arg, dtrace_errmsg(dtp));
			status = E_ERROR;
			goto out;
		}
	}
	dtrace_set_progname(dtp, argv[0]);

	if (list) {
		int n = 0;

		dtrace_list_header(dtp, stdout);     /* first, as DTrace prints it */
		for (int i = 0; i < nreqs; i++) {
			const char *desc = reqs[i].kind == REQ_LIST ? reqs[i].listdesc : reqs[i].arg;

			if (reqs[i].kind == REQ_SCRIPT) {
				/* the probes the script's clauses match, once it compiles */
				FILE *fp = strcmp(desc, "-") == 0 ? stdin : fopen(desc, "r");
				dtrace_prog_t *pgp;

				if (fp == NULL) {
					warnmsg("failed to open %s: %s", desc, strerror(errno));
					status = E_ERROR;
					break;
				}
				pgp = dtrace_program_fcompile(dtp, fp, desc);
				if (fp != stdin)
					fclose(fp);
				if (pgp == NULL) {
					warnmsg("%s", dtrace_errmsg(dtp));
					status = E_ERROR;
					break;
				}
				dtrace_program_list(dtp, pgp, stdout, verbose);
				continue;
			}
			n = dtrace_list_probes(dtp, stdout, desc, verbose);
			if (n < 0) {
				warnmsg("invalid probe specifier %s: %s", reqs[i].arg, dtrace_errmsg(dtp));
				status = E_ERROR;
				break;
			}
			if (n == 0) {
				const char *why = dtrace_provider_unavailable(dtp, desc);

				warnmsg("invalid probe specifier %s: probe description %s does not match any probes%s%s",
					reqs[i].arg, desc, why ? ": " : "", why ? why : "");
				status = E_ERROR;
				break;
			}
		}
		if (nreqs == 0 && dtrace_list_probes(dtp, stdout, NULL, verbose) < 0) {
			warnmsg("%s", dtrace_errmsg(dtp));
			status = E_ERROR;
		}
		dtrace_close(dtp);
		return status;
	}

	/* signals: handled only while waiting for trace data */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = intr;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, NULL);

	if (cmd && !compile_only) {
		if ((child = create_process(cmd, &gofd)) < 0) {
			dtrace_close(dtp);
			return E_ERROR;
		}
		target = child;
	} else if (target && !compile_only) {
		if (kill(target, 0) != 0 && errno == ESRCH) {
			warnmsg("failed to grab pid %d: %s", (int)target, strerror(ESRCH));
			dtrace_close(dtp);
			return E_ERROR;
		}
	}
	dtrace_set_target(dtp, target);

	for (int i = 0; i < nreqs; i++) {
		dtrace_prog_t *pgp;
		dtrace_proginfo_t info;
		char desc[512];

		if (reqs[i].kind == REQ_SCRIPT) {
			FILE *fp = strcmp(reqs[i].arg, "-") == 0 ? stdin : fopen(reqs[i].arg, "r");

			if (fp == NULL) {
				warnmsg("failed to open %s: %s", reqs[i].arg, strerror(errno));
				status = E_ERROR;
				break;
			}
			pgp = dtrace_program_fcompile(dtp, fp, reqs[i].arg);
			if (fp != stdin)
				fclose(fp);
		} else {
			const char *text = reqs[i].kind == REQ_LIST ? reqs[i].listdesc : reqs[i].arg;

			pgp = dtrace_program_strcompile(dtp, text, DTRACE_PROBESPEC_NAME, reqs[i].arg);
		}
		if (pgp == NULL) {
			warnmsg("%s", dtrace_errmsg(dtp));
			status = E_ERROR;
			break;
		}
		if (compile_only)
			continue;
		dtrace_program_exec(dtp, pgp, &info);
		total += info.matches;
		{
			int64_t q = 0;

			dtrace_getopt(dtp, "quiet", &q);
			if (!q) {
				if (reqs[i].kind == REQ_SCRIPT)
					snprintf(desc, sizeof(desc), "script '%s'", reqs[i].arg);
				else {
					char d[480];

					describe(reqs[i].kind == REQ_LIST ? reqs[i].listdesc : reqs[i].arg, d, sizeof(d));
					snprintf(desc, sizeof(desc), "description '%s'", d);
				}
				fprintf(stderr, "dtrace: %s matched %u probe%s\n", desc, info.matches,
					info.matches == 1 ? "" : "s");
			}
		}
	}
	if (status == E_SUCCESS && !compile_only && total == 0) {
		warnmsg("no probes matched");
		status = E_ERROR;
	}
	if (status != E_SUCCESS || compile_only) {
		if (show_bpf && status == E_SUCCESS)
			dtrace_program_disasm(dtp, stderr);
		goto out;
	}

	if (ofile && (out = fopen(ofile, "a")) == NULL) {
		warnmsg("failed to open output file '%s': %s", ofile, strerror(errno));
		status = E_ERROR;
		goto out;
	}
	dtrace_set_output(dtp, out);
	if (dtrace_go(dtp) != 0) {
		if (show_bpf)
			dtrace_program_disasm(dtp, stderr);
		warnmsg("%s", dtrace_errmsg(dtp));
		status = E_ERROR;
		goto out;
	}
	if (show_bpf)
		dtrace_program_disasm(dtp, stderr);
	if (target && dtrace_watch_pid(dtp, target) != 0) {
		warnmsg("%s", dtrace_errmsg(dtp));
		status = E_ERROR;
		goto out;
	}
	if (gofd >= 0) {
		/* let -c's command run */
		if (write(gofd, "g", 1) != 1)
			warnmsg("failed to start %s", cmd);
		close(gofd);
		gofd = -1;
	}
	for (;;) {
		dtrace_workstatus_t ws;

		if (g_intr)
			dtrace_request_stop(dtp);
		ws = dtrace_work(dtp, out);
		if (ws == DTRACE_WORK_DONE)
			break;
		if (ws == DTRACE_WORK_ERROR) {
			warnmsg("%s", dtrace_errmsg(dtp));
			status = E_ERROR;
			break;
		}
	}
	if (dtrace_stop(dtp, out) != 0) {
		warnmsg("%s", dtrace_errmsg(dtp));
		status = E_ERROR;
	}
	if (status == E_SUCCESS)
		status = dtrace_exit_status(dtp);
out:
	if (gofd >= 0)
		close(gofd);
	if (child > 0 && waitpid(child, NULL, WNOHANG) == 0) {
		/* like DTrace, a -c command still running when tracing ends is killed */
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	if (out != NULL && out != stdout)
		fclose(out);
	dtrace_close(dtp);
	return status;
}

int
main(int argc, char **argv)
{
	dt_req_t *reqs = calloc((size_t)argc + 1, sizeof(dt_req_t));
	char **xopts = calloc((size_t)argc + 1, sizeof(char *));
	char **xcpp = calloc((size_t)argc + 1, sizeof(char *));   /* -D/-I/-U copies */
	int status;

	if (reqs == NULL || xopts == NULL || xcpp == NULL) {
		warnmsg("out of memory");
		status = E_ERROR;
	} else {
		status = run(argc, argv, reqs, xopts, xcpp);
	}
	free(reqs);
	free(xopts);
	for (int i = 0; xcpp != NULL && xcpp[i] != NULL; i++)
		free(xcpp[i]);
	free(xcpp);
	return status;
}
