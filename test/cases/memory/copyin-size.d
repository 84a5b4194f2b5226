/*
 * copyin() with a size known only at run time (write()'s count), and the
 * result read as a string and as an int.
 *
 * @@opts: -q
 * @@trigger: writemem
 */
syscall::write:entry
/pid == $target/
{
	this->p = (char *)copyin(arg1, arg2);
	printf("%s|%d|%d\n", stringof(this->p), *(int *)(this->p + 24), arg2);
}
