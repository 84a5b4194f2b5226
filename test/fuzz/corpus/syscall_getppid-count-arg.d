	/*
 * The -c command gets its arguments: getppid_n 37 calls getppid() 37 times.
 * The return probe fires as often as the entry probe.
 *
 * @@opts: -q
 * @@trigger: getppid_n 37
 */

BEGIN
{
	entries = 0;
	returns = 0;
}

syscall::getppid:entry
/pid == $target/
{
	entries++;
}

syscall::getppid:return
/pid == $target/
{
	returns++;
}

END
{
	printf("%d %d\n", entries, returns);
}
