	/*
 * A glob in the probe name field: getppid:* is both entry and return.
 *
 * @@opts: -q
 * @@trigger: getppid_n 2
 */

syscall::getppid:*
/pid == $target/
{
	printf("%s\n", probename);
}
