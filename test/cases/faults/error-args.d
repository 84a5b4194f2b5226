/*
 * dtrace:::ERROR's arguments: arg1 the EPID of the faulting clause, arg2
 * the action (0: the predicate), arg3 the offset of the faulting
 * instruction (as the error line says), arg4 the fault type, arg5 the
 * address (0 where there is none).
 *
 * @@opts: -q
 */
BEGIN
{
	trace(*(int *)0x1000);
}

BEGIN
/0 == *(int *)0x1008/
{
	trace(1);
}

BEGIN
{
	z = 0;
	x = 1;
	trace(x / z);
}

BEGIN
{
	trace(*(int *)0x1002);
}

BEGIN
{
	x = (long)alloca(9000);
}

ERROR
{
	printf("%d %d %d %d 0x%x %d\n", arg1, arg2, arg3, arg4, arg5, epid);
}

BEGIN
{
	exit(0);
}
