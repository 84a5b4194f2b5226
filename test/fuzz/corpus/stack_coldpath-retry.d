	/*
 * A clause with stack() whose copyinstr() reads a page not mapped in yet
 * runs again at the syscall's return (the program there holds the clause
 * too, with its own stack flags): it records the return's stack, then the
 * string.
 *
 * @@opts: -q
 * @@trigger: coldpath
 */
syscall::openat:entry
/pid == $target/
{
	stack(2);
	printf("%s\n", copyinstr(arg1));
}
