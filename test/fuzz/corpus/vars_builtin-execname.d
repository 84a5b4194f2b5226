	/*
 * execname is the command name of the current process: dtrace's own in
 * BEGIN, the program's file name in the -c command's system calls.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

BEGIN
{
	printf("%s\n", execname);
}

syscall::getppid:entry
/pid == $target/
{
	printf("%s\n", execname);
}
