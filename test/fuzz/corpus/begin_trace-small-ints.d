	/*
 * trace() reads 1- and 2-byte values as unsigned and 4- and 8-byte values
 * as signed, as DTrace does, in fields after the probe line.
 *
 * @@cpu: 0
 */

BEGIN
{
	trace((char)-1);
	trace((unsigned char)200);
	trace((short)-1);
	trace((int)-1);
	trace((unsigned int)4294967295);
	trace((long)-1);
}

BEGIN
{
	exit(0);
}
