/*
 * dtrace.h -- the public interface of libdtrace.
 *
 * A consumer opens a handle, compiles one or more D programs into it, loads
 * them (dtrace_program_exec), starts tracing (dtrace_go), then calls
 * dtrace_work() until it reports DTRACE_WORK_DONE, and finally dtrace_stop()
 * and dtrace_close().  cmd/dtrace is one such consumer; the tests are others.
 */
#ifndef DTRACE_H
#define DTRACE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define DTRACE_VERSION "0.1.0"

typedef struct dtrace_hdl dtrace_hdl_t;
typedef struct dt_program dtrace_prog_t;

/* What a compiled string is: a whole script (-s) or a probe specifier (-n). */
typedef enum dtrace_probespec {
	DTRACE_PROBESPEC_NONE = 0, /* a D program (script) */
	DTRACE_PROBESPEC_NAME,     /* -n: prov:mod:func:name, then a clause */
} dtrace_probespec_t;

/* Results of dtrace_work(). */
typedef enum dtrace_workstatus {
	DTRACE_WORK_ERROR = -1,
	DTRACE_WORK_OKAY = 0,
	DTRACE_WORK_DONE = 1,
} dtrace_workstatus_t;

typedef struct dtrace_proginfo {
	unsigned int matches; /* probes matched by the program's clauses */
} dtrace_proginfo_t;

dtrace_hdl_t *dtrace_open(int *errp);
void dtrace_close(dtrace_hdl_t *dtp);

/* Error text of the last failed call ("" when none). */
const char *dtrace_errmsg(dtrace_hdl_t *dtp);

/* Options (-x name=value, -q, #pragma D option).  Returns -1 on error. */
int dtrace_setopt(dtrace_hdl_t *dtp, const char *name, const char *value);
int dtrace_getopt(dtrace_hdl_t *dtp, const char *name, int64_t *valp);

/* Values for $target and the macro arguments $1.. */
void dtrace_set_target(dtrace_hdl_t *dtp, pid_t pid);
void dtrace_set_macro_args(dtrace_hdl_t *dtp, int argc, char *const argv[]);
/* The command's name (argv[0]): $0 of -n programs, $progname. */
void dtrace_set_progname(dtrace_hdl_t *dtp, const char *argv0);

/*
 * Compile a D program.  'name' is the script file name or the -n text, used
 * in error messages.  On failure NULL is returned and dtrace_errmsg() holds
 * the whole one-line diagnostic (without the "dtrace: " prefix).
 */
dtrace_prog_t *dtrace_program_strcompile(dtrace_hdl_t *dtp, const char *text,
					 dtrace_probespec_t spec, const char *name);
dtrace_prog_t *dtrace_program_fcompile(dtrace_hdl_t *dtp, FILE *fp, const char *name);

/* Generate, link and load the BPF programs of every compiled program. */
int dtrace_program_exec(dtrace_hdl_t *dtp, dtrace_prog_t *pgp, dtrace_proginfo_t *pip);

/* Print the BPF of every clause and trampoline (-S). */
void dtrace_program_disasm(dtrace_hdl_t *dtp, FILE *fp);

/* List the probes matching a description (-l); returns the number listed. */
/*
 * The full probe description that a -P (provider), -m (module), -f
 * (function) or -i (probe id) argument stands for: the given fields fill
 * the description from that field leftwards, as DTrace does.  -1, with
 * the handle's error message set, when it has too many fields or (for -i)
 * no probe has that id.
 */
int dtrace_spec_desc(dtrace_hdl_t *dtp, char kind, const char *arg, char *buf, size_t len);
int dtrace_list_probes(dtrace_hdl_t *dtp, FILE *fp, const char *desc, bool verbose);
void dtrace_list_header(dtrace_hdl_t *dtp, FILE *fp);
/* -l -s: list the probes a compiled program's clauses match; their number. */
int dtrace_program_list(dtrace_hdl_t *dtp, dtrace_prog_t *pgp, FILE *fp, bool verbose);
/* Why a description matching nothing could not match (its provider is unavailable), or NULL. */
const char *dtrace_provider_unavailable(dtrace_hdl_t *dtp, const char *desc);

/* Where trace data is printed (default stdout). */
void dtrace_set_output(dtrace_hdl_t *dtp, FILE *fp);

/* Fire BEGIN, attach every enabled probe. */
int dtrace_go(dtrace_hdl_t *dtp);

/*
 * Wait for and consume trace data, printing it to fp.  Blocks until data
 * arrives, a signal in 'sigfd' is pending, a watched process exits, or the
 * program calls exit().
 */
dtrace_workstatus_t dtrace_work(dtrace_hdl_t *dtp, FILE *fp);

/* Ask dtrace_work() to finish (SIGINT, SIGTERM). */
void dtrace_request_stop(dtrace_hdl_t *dtp);

/* Watch a process: dtrace_work() reports "pid N has exited" and finishes. */
int dtrace_watch_pid(dtrace_hdl_t *dtp, pid_t pid);

/* Detach probes, fire END, drain and print what END and exit produced. */
int dtrace_stop(dtrace_hdl_t *dtp, FILE *fp);

/* The status passed to exit(), or 0. */
int dtrace_exit_status(dtrace_hdl_t *dtp);

#endif /* DTRACE_H */
