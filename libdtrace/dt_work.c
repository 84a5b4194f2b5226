/*
 * dt_work.c -- running a loaded program: BEGIN, attaching, the event loop
 * (ring buffer, watched processes, signals: no polling timeout), END.
 */
#include <bpf/libbpf.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "dt_disasm.h"
#include "dt_impl.h"

#define DT_EV_RB 0

/*
 * A watched process without a pidfd (pidfd_open() is ENOSYS: kernels before
 * 5.3, or valgrind, which does not know the call) is checked for its exit
 * every DT_WATCH_POLL_MS instead.
 */
#define DT_WATCH_EXITED (-1)
#define DT_WATCH_POLLED (-2)
#define DT_WATCH_POLL_MS 100

static int
dt_rb_callback(void *ctx, void *data, size_t size)
{
	return dt_consume_record(ctx, data, size);
}

static void
dt_consume_all(dtrace_hdl_t *dtp)
{
	if (dtp->rb)
		ring_buffer__consume(dtp->rb);
	dt_report_drops(dtp);
	fflush(dtp->out ? dtp->out : stdout);
}

void
dtrace_set_output(dtrace_hdl_t *dtp, FILE *fp)
{
	dtp->out = fp;
}

int
dtrace_go(dtrace_hdl_t *dtp)
{
	struct epoll_event ev = { .events = EPOLLIN };

	if (dt_link_load(dtp) != 0)
		return -1;
	dtp->rb = ring_buffer__new(dtp->map_rb, dt_rb_callback, dtp, NULL);
	if (dtp->rb == NULL) {
		dt_set_errmsg(dtp, "could not enable tracing: ring buffer: %s", strerror(errno));
		return -1;
	}
	if (dtp->epfd < 0)
		dtp->epfd = epoll_create1(EPOLL_CLOEXEC);
	ev.data.u64 = DT_EV_RB;
	if (epoll_ctl(dtp->epfd, EPOLL_CTL_ADD, ring_buffer__epoll_fd(dtp->rb), &ev) != 0) {
		dt_set_errmsg(dtp, "could not enable tracing: epoll: %s", strerror(errno));
		return -1;
	}
	dtp->started = true;
	/* BEGIN fires before any other probe is enabled */
	if (dt_dtrace_fire(dtp, "BEGIN", NULL) != 0)
		return -1;
	dt_consume_all(dtp);
	if (dtp->exited)
		return 0;
	/*
	 * Attach points that retry deferred copyinstr() reads first, so that
	 * no read is deferred before its retry is in place.
	 */
	for (int pass = 0; pass < 2; pass++) {
		for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
			if ((ap->replays != NULL) != (pass == 0))
				continue;
			if (ap->pv->attach(dtp, ap) != 0)
				return -1;
		}
	}
	return 0;
}

int
dtrace_watch_pid(dtrace_hdl_t *dtp, pid_t pid)
{
	struct epoll_event ev = { .events = EPOLLIN };
	int fd = (int)syscall(SYS_pidfd_open, pid, 0);

	if (fd < 0 && errno == ENOSYS) {
		if (kill(pid, 0) != 0 && errno == ESRCH) {
			dt_set_errmsg(dtp, "failed to grab pid %d: %s", (int)pid, strerror(ESRCH));
			return -1;
		}
		fd = DT_WATCH_POLLED;
	} else if (fd < 0) {
		dt_set_errmsg(dtp, "failed to grab pid %d: %s", (int)pid, strerror(errno));
		return -1;
	}
	if (dtp->epfd < 0)
		dtp->epfd = epoll_create1(EPOLL_CLOEXEC);
	dtp->watch_fds = dt_realloc(dtp->watch_fds, (size_t)(dtp->nwatch + 1) * sizeof(int));
	dtp->watch_pids = dt_realloc(dtp->watch_pids, (size_t)(dtp->nwatch + 1) * sizeof(pid_t));
	dtp->watch_fds[dtp->nwatch] = fd;
	dtp->watch_pids[dtp->nwatch] = pid;
	ev.data.u64 = (uint64_t)dtp->nwatch + 1;
	if (fd >= 0)
		epoll_ctl(dtp->epfd, EPOLL_CTL_ADD, fd, &ev);
	dtp->nwatch++;
	return 0;
}

void
dtrace_request_stop(dtrace_hdl_t *dtp)
{
	dtp->stop_requested = true;
}

/* A watched process ended: reap it if it is our child, and say so. */
static void
dt_pid_exited(dtrace_hdl_t *dtp, int i)
{
	if (dtp->watch_fds[i] >= 0) {
		epoll_ctl(dtp->epfd, EPOLL_CTL_DEL, dtp->watch_fds[i], NULL);
		close(dtp->watch_fds[i]);
	}
	dtp->watch_fds[i] = DT_WATCH_EXITED;
	pid_t pid = dtp->watch_pids[i];
	int st = 0;
	bool ours = waitpid(pid, &st, WNOHANG) == pid;

	/* records the process made before it exited come first */
	dt_consume_all(dtp);
	if (dtp->quiet)
		return;
	if (ours && WIFEXITED(st) && WEXITSTATUS(st) != 0)
		fprintf(stderr, "dtrace: pid %d exited with status %d\n", (int)pid, WEXITSTATUS(st));
	else if (ours && WIFSIGNALED(st))
		fprintf(stderr, "dtrace: pid %d terminated by SIG%s\n", (int)pid,
			sigabbrev_np(WTERMSIG(st)) ? sigabbrev_np(WTERMSIG(st)) : "UNKNOWN");
	else
		fprintf(stderr, "dtrace: pid %d has exited\n", (int)pid);
}

static bool
dt_all_exited(dtrace_hdl_t *dtp)
{
	if (dtp->nwatch == 0)
		return false;
	for (int i = 0; i < dtp->nwatch; i++)
		if (dtp->watch_fds[i] != DT_WATCH_EXITED)
			return false;
	return true;
}

/*
 * Whether a process watched without a pidfd has ended: a child of ours that
 * exited is a zombie until dt_pid_exited() reaps it, so ask waitid() without
 * reaping first; any other process is gone when kill() finds no such pid.
 */
static bool
dt_polled_exited(pid_t pid)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0)
		return si.si_pid == pid;
	return kill(pid, 0) != 0 && errno == ESRCH;
}

/* The epoll timeout: the speculations' cleaning, polled processes. */
static int
dt_work_timeout(const dtrace_hdl_t *dtp)
{
	int ms = dt_spec_poll_timeout(dtp);

	for (int i = 0; i < dtp->nwatch; i++) {
		if (dtp->watch_fds[i] == DT_WATCH_POLLED) {
			if (ms < 0 || ms > DT_WATCH_POLL_MS)
				ms = DT_WATCH_POLL_MS;
			break;
		}
	}
	return ms;
}

dtrace_workstatus_t
dtrace_work(dtrace_hdl_t *dtp, FILE *fp)
{
	struct epoll_event evs[8];
	sigset_t mask;
	int n;

	dtp->out = fp;
	if (dtp->exited || dtp->stop_requested || dt_all_exited(dtp))
		return DTRACE_WORK_DONE;
	/* signals are blocked but for this wait: none is lost, none interrupts output */
	sigprocmask(SIG_SETMASK, NULL, &mask);
	sigdelset(&mask, SIGINT);
	sigdelset(&mask, SIGTERM);
	sigdelset(&mask, SIGHUP);
	n = epoll_pwait(dtp->epfd, evs, 8, dt_work_timeout(dtp), &mask);
	if (n < 0) {
		if (errno == EINTR)
			return dtp->stop_requested ? DTRACE_WORK_DONE : DTRACE_WORK_OKAY;
		dt_set_errmsg(dtp, "epoll_wait: %s", strerror(errno));
		return DTRACE_WORK_ERROR;
	}
	dt_consume_all(dtp);
	for (int i = 0; i < n && !dtp->exited; i++) {
		if (evs[i].data.u64 != DT_EV_RB)
			dt_pid_exited(dtp, (int)evs[i].data.u64 - 1);
	}
	for (int i = 0; i < dtp->nwatch && !dtp->exited; i++) {
		if (dtp->watch_fds[i] == DT_WATCH_POLLED && dt_polled_exited(dtp->watch_pids[i]))
			dt_pid_exited(dtp, i);
	}
	if (dtp->exited || dtp->stop_requested || dt_all_exited(dtp))
		return DTRACE_WORK_DONE;
	return DTRACE_WORK_OKAY;
}

int
dtrace_stop(dtrace_hdl_t *dtp, FILE *fp)
{
	int rc;

	dtp->out = fp;
	if (!dtp->started || dtp->stopped)
		return 0;
	dtp->stopped = true;
	dt_detach(dtp);
	dt_consume_all(dtp);
	if (dt_dtrace_fire(dtp, "END", NULL) != 0)
		return -1;
	dt_consume_all(dtp);
	if (dtp->printed_data)
		fputc('\n', fp);
	rc = dt_agg_print_all(dtp, fp);
	fflush(fp);
	if (dtp->rb) {
		ring_buffer__free(dtp->rb);
		dtp->rb = NULL;
	}
	return rc;
}

int
dtrace_exit_status(dtrace_hdl_t *dtp)
{
	return dtp->exit_status;
}

/* Print line 'line' of a program's text, without its indentation. */
static void
print_src_line(FILE *fp, const char *src, int line)
{
	const char *end;

	for (int i = 1; src && i < line; i++) {
		src = strchr(src, '\n');
		if (src)
			src++;
	}
	if (src == NULL)
		return;
	src += strspn(src, " \t");
	end = strchr(src, '\n');
	fprintf(fp, "    ; %d: %.*s\n", line, (int)(end ? end - src : (ptrdiff_t)strlen(src)), src);
}

void
dtrace_program_disasm(dtrace_hdl_t *dtp, FILE *fp)
{
	for (dt_clause_t *clp = dtp->clauses; clp; clp = clp->next) {
		const struct bpf_insn *in = clp->code.insns;
		size_t n = clp->code.n, at = 0;

		fprintf(fp, "\nDisassembly of clause %d (%s, line %d):\n", clp->idx + 1,
			clp->srcname ? clp->srcname : "", clp->line);
		/* the code of each D source line under that line */
		for (int i = 0; i < clp->nlines; i++) {
			at = dt_disasm_range(fp, in, n, at, clp->lines[i].insn, 0, 4);
			if (clp->lines[i].line > 0)
				print_src_line(fp, clp->src, clp->lines[i].line);
			else
				fprintf(fp, "    ; the clause's record\n");
		}
		dt_disasm_range(fp, in, n, at, n, 0, 4);
	}
	for (dt_attach_t *ap = dtp->attaches; ap; ap = ap->next) {
		dt_probe_t *prp = ap->probes[0];

		fprintf(fp, "\nDisassembly of the program for %s:%s:%s:%s%s:\n", prp->prov, prp->mod,
			prp->func, prp->name, ap->nprobes > 1 ? " and others" : "");
		dt_disasm(fp, ap->insns, ap->ninsns, 0, 4);
	}
}
