/*
 * dwrite FILE [BYTES]: write BYTES (default 28672, seven pages) to FILE
 * with O_DIRECT, so that they go to the block device as one request of
 * that size, fsync it and remove the file.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	size_t n = argc > 2 ? strtoul(argv[2], NULL, 10) : 28672;
	void *buf;
	int fd;

	if (argc < 2 || posix_memalign(&buf, 4096, n) != 0)
		return 2;
	memset(buf, 'x', n);
	if ((fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_DIRECT, 0600)) < 0)
		return 1;
	if (write(fd, buf, n) != (ssize_t)n || fsync(fd) != 0)
		return 1;
	close(fd);
	unlink(argv[1]);
	return 0;
}
