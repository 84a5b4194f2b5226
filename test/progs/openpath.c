/*
 * openpath PATH: open PATH read-only with the openat system call (relative
 * to AT_FDCWD) and close it.  Exits 0 if the open succeeded, 1 if it failed.
 * The raw system call is used so that the flags are exactly O_RDONLY; the
 * arguments are passed as longs so that the registers hold -100 (AT_FDCWD)
 * and 0 in full, as seen by probes that read the raw registers.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long fd;

	if (argc < 2)
		return 2;
	fd = syscall(SYS_openat, (long)AT_FDCWD, argv[1], (long)O_RDONLY);
	if (fd < 0)
		return 1;
	close((int)fd);
	return 0;
}
