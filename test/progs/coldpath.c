/*
 * coldpath [bad|exec]: open /etc/hostname with the openat system call,
 * passing a path that lies in a page of initialised data this process has
 * never touched, so that the page is not mapped in when the syscall starts
 * (the kernel faults it in when it copies the path).  With "bad", pass the
 * bad address 0x8 instead (openat fails with EFAULT).  With "exec", execve()
 * /bin/true instead, its path (and argv[0]) in another such page.
 *
 * The path sits in the middle of a large page-aligned array of initialised
 * (file-backed) data, far from anything start-up touches, so fault-around
 * of a neighbouring page does not map it either.  To be sure the page is
 * not resident, its copy in the page cache is dropped first (the
 * executable's written-back, unmapped pages are dropped by
 * POSIX_FADV_DONTNEED) and mincore() is asked: a resident page is reported
 * on stderr and the program exits 3 without opening anything, since the
 * test it serves would prove nothing.  The raw open system call is used
 * for the executable itself, so that openat is called only once.  Exits 0
 * if the open succeeded, 1 if it failed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE 4096
#define NPAGES 64

static char pages[NPAGES][PAGE] __attribute__((aligned(PAGE))) = {
	[NPAGES / 2] = "/etc/hostname",
	[NPAGES / 2 + 4] = "/bin/true",
};

int main(int argc, char **argv)
{
	char *path = pages[NPAGES / 2];
	unsigned char vec = 0;
	long fd;

	if (argc > 1 && strcmp(argv[1], "bad") == 0)
		path = (char *)8;
	if (argc > 1 && strcmp(argv[1], "exec") == 0)
		path = pages[NPAGES / 2 + 4];
	fd = syscall(SYS_open, "/proc/self/exe", O_RDONLY);
	if (fd >= 0) {
		/* dirty or under-writeback pages cannot be dropped: write them back first */
		fdatasync((int)fd);
		posix_fadvise((int)fd, 0, 0, POSIX_FADV_DONTNEED);
		close((int)fd);
	}
	if (mincore(path == (char *)8 ? pages[NPAGES / 2] : path, PAGE, &vec) != 0 || (vec & 1)) {
		fprintf(stderr, "coldpath: the path's page was resident before openat\n");
		return 3;
	}
	if (path == pages[NPAGES / 2 + 4]) {
		char *args[] = { path, NULL }, *env[] = { NULL };

		syscall(SYS_execve, path, args, env);
		return 1;
	}
	fd = syscall(SYS_openat, (long)AT_FDCWD, path, (long)O_RDONLY);
	if (fd < 0)
		return 1;
	close((int)fd);
	return 0;
}
