	/*
 * In quiet mode too, trace() reads 1- and 2-byte values as unsigned and
 * 4- and 8-byte values as signed.
 *
 * @@opts: -q
 */

BEGIN
{
	trace((char)-1);
	trace(" ");
	trace((unsigned short)65535);
	trace(" ");
	trace((short)-2);
	trace(" ");
	trace((int)-3);
	trace(" ");
	trace((long long)-4);
	trace("\n");
	exit(0);
}
