	/*
 * copyinto() copies user memory into scratch memory allocated before;
 * tracemem()'s third argument shows only that many bytes.
 *
 * @@opts: -q
 * @@trigger: writemem
 */
syscall::write:entry
/pid == $target/
{
	this->buf = alloca(40);
	copyinto(arg1, 40, this->buf);
	tracemem(this->buf, 40, 18);
	tracemem(this->buf, 40, 0);
	tracemem(this->buf, 20, 100);
}
