	/*
 * D's logical exclusive-or operator ^^ yields 1 when exactly one operand is
 * non-zero.
 *
 * @@opts: -q
 */

BEGIN
{
	a = 3;
	z = 0;
	printf("%d %d %d %d\n", a ^^ z, z ^^ a, a ^^ a, z ^^ z);
	exit(0);
}
