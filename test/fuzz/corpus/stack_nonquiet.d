	/*
 * Not quiet: the probe line, then the stack on the lines below it, then
 * the blank line that ends the record.
 *
 * @@trigger: getppid_n 1
 */
syscall::getppid:entry
/pid == $target/
{
	stack(3);
}
