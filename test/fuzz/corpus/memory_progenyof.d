	/*
 * progenyof(): the process itself, its parent (dtrace, which started it),
 * init and the idle task (pid 0) are its ancestors; an unused pid is not.
 * In BEGIN (dtrace's own context) the -c child is not an ancestor.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */
BEGIN
{
	printf("%d %d\n", progenyof($pid), progenyof($target));
}

syscall::getppid:entry
/pid == $target/
{
	printf("%d %d %d %d %d\n", progenyof($target), progenyof($pid), progenyof(1),
	    progenyof(0), progenyof(2147483647));
	exit(0);
}
