/*
 * wakeme [N]: the main thread blocks reading a pipe N times (default 5);
 * a second thread wakes it each time, 10 ms later, by writing one byte.
 */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static int fds[2];
static long n = 5;

static void *waker(void *arg)
{
	struct timespec ts = { 0, 10000000 };

	(void)arg;
	for (long i = 0; i < n; i++) {
		nanosleep(&ts, NULL);
		if (write(fds[1], "x", 1) != 1)
			exit(1);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t;
	char c;

	n = argc > 1 ? strtol(argv[1], NULL, 10) : 5;
	if (pipe(fds) != 0 || pthread_create(&t, NULL, waker, NULL) != 0)
		return 1;
	for (long i = 0; i < n; i++)
		if (read(fds[0], &c, 1) != 1)
			return 1;
	pthread_join(t, NULL);
	return 0;
}
