/*
 * tracemem() without -q: the dump follows the probe line, and the record
 * ends with DTrace's extra newline.
 *
 * @@cpu: 0
 */
BEGIN
{
	this->p = alloca(20);
	bcopy(curthread->comm, this->p, 7);
	tracemem(this->p, 20);
	exit(0);
}
