/* exitcode [N]: exit with status N (default 0) through exit_group. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 0;

	syscall(SYS_exit_group, n);
	return (int)n;
}
