/*
 * pilock: the main thread holds a priority-inheritance mutex for 50 ms
 * while a second thread at nice -5 waits for it, so the kernel lends the
 * holder the waiter's priority (120 - 5) and takes it back at the unlock.
 */
#include <pthread.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m;
static volatile int started;

static void *waiter(void *arg)
{
	(void)arg;
	if (setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), -5) != 0)
		exit(2);
	started = 1;
	pthread_mutex_lock(&m);
	pthread_mutex_unlock(&m);
	return NULL;
}

int main(void)
{
	struct timespec ts = { 0, 50000000 };
	pthread_mutexattr_t a;
	pthread_t t;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT);
	pthread_mutex_init(&m, &a);
	pthread_mutex_lock(&m);
	if (pthread_create(&t, NULL, waiter, NULL) != 0)
		return 1;
	while (!started)
		;
	nanosleep(&ts, NULL);
	pthread_mutex_unlock(&m);
	pthread_join(t, NULL);
	return 0;
}
