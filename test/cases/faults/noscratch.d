/*
 * Scratch memory is 8192 bytes a clause: alloca() or copyin() beyond what
 * is left is DTrace's out of scratch space fault (and the clause's output
 * is discarded); each clause starts with all of it again.
 *
 * @@opts: -q
 * @@trigger: writemem
 */
syscall::write:entry
/pid == $target/
{
	this->a = alloca(8193);
}

syscall::write:entry
/pid == $target/
{
	this->a = alloca(8000);
	this->b = copyin(arg1, 200);
}

syscall::write:entry
/pid == $target/
{
	this->a = alloca(8192);
	printf("a whole clause's worth: %d\n", *(long *)this->a);
	this->b = alloca(1);
}

syscall::write:entry
/pid == $target/
{
	this->a = alloca(-1);
}

syscall::write:entry
/pid == $target/
{
	printf("done\n");
}
