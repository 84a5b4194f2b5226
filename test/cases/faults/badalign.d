/*
 * A misaligned load of kernel memory is DTrace's invalid alignment fault:
 * checked before the address is read, for loads of 2, 4 and 8 bytes (not
 * for single bytes).
 *
 * @@opts: -q
 */
BEGIN
{
	trace(*(int *)0x1001);
}

BEGIN
{
	trace(*(short *)0x1003);
}

BEGIN
{
	trace(*(long *)0x1004);
}

BEGIN
{
	trace(*(char *)0x1005);
}

BEGIN
{
	exit(0);
}
