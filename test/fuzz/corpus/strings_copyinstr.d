	/*
 * copyinstr() reads a string from the traced process's memory: the path
 * openat() was given, whole and cut to a length (a length of 0 gives "").
 *
 * @@trigger: openpath /etc/hostname
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	printf("%s|%s|%s|%d\n", copyinstr(arg1), copyinstr(arg1, 4), copyinstr(arg1, 0),
	    strlen(copyinstr(arg1)));
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
