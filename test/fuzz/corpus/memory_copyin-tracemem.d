	/*
 * copyin() copies the user buffer write() was given into scratch memory;
 * tracemem() dumps it as DTrace does (bytes as hex and characters, '.' for
 * the unprintable), here in quiet mode.
 *
 * @@opts: -q
 * @@trigger: writemem
 */
syscall::write:entry
/pid == $target/
{
	tracemem(copyin(arg1, 40), 40);
}
