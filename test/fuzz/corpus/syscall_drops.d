	/*
 * A ring buffer too small for the records loses some: the consumer reports
 * them as DTrace does, "dtrace: N drops on CPU C".
 *
 * @@opts: -q -x bufsize=4k
 * @@trigger: getppid_n 20000
 */
syscall::getppid:entry
/pid == $target/
{
	printf("%s %s %s\n", execname, execname, execname);
}
