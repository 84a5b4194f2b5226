/*
 * bcopy() copies kernel memory (the thread's comm, in BEGIN the dtrace
 * process itself) into scratch memory from alloca().
 *
 * @@opts: -q
 */
BEGIN
{
	this->p = (char *)alloca(16);
	bcopy(curthread->comm, this->p, 16);
	printf("%s %d\n", stringof(this->p), strlen(stringof(this->p)));
	exit(0);
}
