	/*
 * Keys built from strings of different lengths and sources (a literal,
 * execname, a string variable) are equal when the strings are: the key's
 * bytes after the string's end are zero, whatever was there before.
 *
 * @@trigger: getppid_n 7
 */
#pragma D option quiet

syscall::getppid:entry
/pid == $target/
{
	calls[execname]++;
	s = "getppid_n";
	calls2[s, 1]++;
}

syscall::exit_group:entry
/pid == $target/
{
	long_name = "a much longer string than the other one";
	calls[long_name] = 1;
	printf("%d %d %d %d\n", calls["getppid_n"], calls2["getppid_n", 1],
	    calls2["getppid_n", 2], calls[long_name]);
	exit(0);
}
