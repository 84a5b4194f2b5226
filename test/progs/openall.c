/*
 * openall PATH...: open each PATH read-only with the openat system call, in
 * the order given, closing each one that opened; then exit through
 * exit_group.  Exits 0.  The raw system calls are used so that the program
 * makes exactly one openat per path, with the path as its second argument.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		long fd = syscall(SYS_openat, (long)AT_FDCWD, argv[i], (long)O_RDONLY);

		if (fd >= 0)
			syscall(SYS_close, fd);
	}
	syscall(SYS_exit_group, 0);
	return 0;
}
