	/*
 * The issue's second check: count the getppid() calls of the -c command.
 * getppid_n makes exactly 1000 of them; the command's exit ends tracing, END
 * prints the count.
 *
 * @@opts: -q
 * @@trigger: getppid_n
 * @@timeout: 20
 */

BEGIN
{
	n = 0;
}

syscall::getppid:entry
/pid == $target/
{
	n++;
}

END
{
	printf("%d\n", n);
}
