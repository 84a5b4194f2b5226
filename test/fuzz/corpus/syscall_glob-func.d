	/*
 * Probe descriptions with the glob characters ? [] and * in the function
 * field.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */

syscall::getpp?d:entry
/pid == $target/
{
	printf("? %s\n", probefunc);
}

syscall::getp[op]id:entry
/pid == $target/
{
	printf("[] %s\n", probefunc);
}

syscall::exit_gr*:entry
/pid == $target/
{
	printf("* %s\n", probefunc);
}
