/*
 * readzero [MS]: read /dev/zero in 1 MB reads for MS milliseconds (default
 * 300), so that the CPU time is spent in the kernel's read path (vfs_read,
 * read_zero) where a profile probe's kernel stack can be predicted.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	static char buf[1 << 20];
	long long ms = argc > 1 ? strtoll(argv[1], NULL, 10) : 300;
	long long end = now_ns() + ms * 1000000LL;
	int fd = open("/dev/zero", O_RDONLY);

	if (fd < 0)
		return 1;
	while (now_ns() < end)
		if (read(fd, buf, sizeof(buf)) < 0)
			return 1;
	close(fd);
	return 0;
}
