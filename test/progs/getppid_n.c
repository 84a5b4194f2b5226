/*
 * getppid_n [N]: call getppid() N times (default 1000), then exit through
 * exit_group.  The raw system call is used so that no libc caching or
 * wrapper can change the number of system calls made.
 */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;

	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	syscall(SYS_exit_group, 0);
	return 0;
}
