	/*
 * Empty fields in a probe description match anything: :::BEGIN and
 * syscall:::entry restricted by a predicate on probefunc.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 * @@timeout: 30
 */

:::BEGIN
{
	printf("%s\n", probename);
}

syscall:::entry
/pid == $target && probefunc == "getppid"/
{
	printf("%s %s\n", probefunc, probename);
}
