/*
 * pilock: the main thread holds a priority-inheritance mutex until a
 * second thread at nice -5 sleeps waiting for it, so the kernel lends the
 * holder the waiter's priority (120 - 5) and takes it back at the unlock.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m;
static volatile long waiter_tid;

static void *waiter(void *arg)
{
	(void)arg;
	long tid = syscall(SYS_gettid);

	if (setpriority(PRIO_PROCESS, (id_t)tid, -5) != 0)
		exit(2);
	waiter_tid = tid;
	pthread_mutex_lock(&m);
	pthread_mutex_unlock(&m);
	return NULL;
}

/* Is thread tid of this process asleep (state S in its stat)? */
static int asleep(long tid)
{
	char path[64], buf[256], *p;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/self/task/%ld/stat", tid);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');
	return p != NULL && p[1] == ' ' && p[2] == 'S';
}

int main(void)
{
	struct timespec ts = { 0, 1000000 };
	pthread_mutexattr_t a;
	pthread_t t;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT);
	pthread_mutex_init(&m, &a);
	pthread_mutex_lock(&m);
	if (pthread_create(&t, NULL, waiter, NULL) != 0)
		return 1;
	while (waiter_tid == 0)
		nanosleep(&ts, NULL);
	/* a few seconds at most: the wait is in the futex once the state is S */
	for (int i = 0; i < 5000 && !asleep(waiter_tid); i++)
		nanosleep(&ts, NULL);
	pthread_mutex_unlock(&m);
	pthread_join(t, NULL);
	return 0;
}
