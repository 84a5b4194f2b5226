	/*
 * A successful openat() (of this very file, relative to the working
 * directory) returns a small file descriptor, and errno is 0.
 *
 * @@opts: -q
 * @@trigger: openpath openat-success.d
 */

syscall::openat:return
/pid == $target && execname == "openpath"/
{
	printf("errno=%d fd-ok=%d\n", errno, arg0 >= 3 && arg0 < 1024);
}
