/*
 * procwork WHAT [ARG]: process life-cycle events for the proc provider.
 *
 *   fork            fork a child that exits 7; wait for it
 *   exec PATH       exec PATH (no arguments); on failure exit 1
 *   execfail PATH.. try to exec each PATH, which fails; then exit 0
 *   kill            fork a child that pauses; SIGTERM it; wait for it
 *   abort           die of SIGABRT with a core (dumped, if the limit allows)
 *   handle          send itself SIGUSR1 (handled), SIGUSR2 (ignored: discarded)
 *   sigwait         block SIGUSR1, send it to itself, take it with sigtimedwait
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got;

static void on_usr1(int sig)
{
	got = sig;
}

static int run_kill(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		pause();
		_exit(0);
	}
	/* SIGTERM kills the child whether or not it has reached pause() */
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	return 0;
}

static int run_handle(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGUSR2, &sa, NULL);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR2);
	return got == SIGUSR1 ? 0 : 1;
}

static int run_sigwait(void)
{
	struct timespec ts = { 1, 0 };
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(getpid(), SIGUSR1);
	return sigtimedwait(&set, NULL, &ts) == SIGUSR1 ? 0 : 1;
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "fork";
	char *args[] = { argc > 2 ? argv[2] : "/nonexistent", NULL };
	int status;

	if (strcmp(what, "fork") == 0) {
		pid_t pid = fork();

		if (pid == 0)
			_exit(7);
		waitpid(pid, &status, 0);
		return 0;
	}
	if (strcmp(what, "exec") == 0) {
		execv(args[0], args);
		return 1;
	}
	if (strcmp(what, "execfail") == 0) {
		for (int i = 2; i < argc; i++) {
			args[0] = argv[i];
			execv(args[0], args);
		}
		return 0;
	}
	if (strcmp(what, "kill") == 0)
		return run_kill();
	if (strcmp(what, "abort") == 0)
		abort();
	if (strcmp(what, "handle") == 0)
		return run_handle();
	if (strcmp(what, "sigwait") == 0)
		return run_sigwait();
	return 2;
}
