/*
 * A bcopy() running past the scratch memory allocated for it is an invalid
 * address fault naming the destination: ERROR's arg5 is the address
 * alloca() returned.
 *
 * @@opts: -q
 */
BEGIN
{
	this->p = alloca(8);
	dest = (uint64_t)this->p;
	bcopy(curthread->comm, this->p, 16);
}

ERROR
{
	printf("%d %d\n", arg4, arg5 == dest);
}

BEGIN
{
	exit(0);
}
