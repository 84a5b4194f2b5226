/*
 * wakeme [N]: the main thread blocks reading a pipe N times (default 5);
 * a second thread wakes it each time, once it sleeps, by writing one byte.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int fds[2];
static long n = 5;

/* Is the main thread asleep (state S in its stat)? */
static int main_asleep(void)
{
	char path[64], buf[256], *p;
	FILE *f;
	size_t k;

	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)getpid());
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	k = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[k] = '\0';
	p = strrchr(buf, ')');
	return p != NULL && p[1] == ' ' && p[2] == 'S';
}

static void *waker(void *arg)
{
	struct timespec ts = { 0, 1000000 };

	(void)arg;
	for (long i = 0; i < n; i++) {
		/* a few seconds at most for the main thread to block in read() */
		for (int j = 0; j < 5000 && !main_asleep(); j++)
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
