/*
 * threads [N [M [P]]]: start N threads (default 4), P at a time (default 1),
 * each of which calls getppid() M times (default 5) and ends; then exit
 * through exit_group.  Raw system calls, so that the count is exact.
 */
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long calls = 5;

static void *worker(void *arg)
{
	(void)arg;
	for (long i = 0; i < calls; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 4;
	long par = argc > 3 ? strtol(argv[3], NULL, 10) : 1;
	pthread_t t[64];

	calls = argc > 2 ? strtol(argv[2], NULL, 10) : 5;
	if (par < 1 || par > 64)
		par = 1;
	for (long i = 0; i < n; i += par) {
		long k = n - i < par ? n - i : par;

		for (long j = 0; j < k; j++)
			if (pthread_create(&t[j], NULL, worker, NULL) != 0)
				return 1;
		for (long j = 0; j < k; j++)
			pthread_join(t[j], NULL);
	}
	syscall(SYS_exit_group, 0);
	return 0;
}
