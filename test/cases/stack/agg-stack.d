/*
 * stack() as an aggregation key: at exit each stack is printed after a
 * blank line, a frame per line, and its count follows on a line of its own.
 * Stacks of different depths are different keys.
 *
 * @@opts: -q
 * @@trigger: getppid_n 5
 */
syscall::getppid:entry
/pid == $target/
{
	@[stack()] = count();
	@[stack(1)] = count();
	@[stack(1)] = count();
}
