	/*
 * printa( ) with a format: %k prints a stack() key (a newline, then the
 * frames), %@d the count.
 *
 * @@opts: -q
 * @@trigger: getppid_n 3
 */
syscall::getppid:entry
/pid == $target/
{
	@[stack(2)] = count();
}

END
{
	printa("stack:%k count %@d\n", @);
}
