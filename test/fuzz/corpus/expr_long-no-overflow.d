	/*
 * A variable assigned a constant too large for an int has type long (64
 * bits): the same operations as in int-overflow.d do not wrap.
 *
 * @@opts: -q
 */

BEGIN
{
	l = 2147483648;
	l++;
	printf("%d\n", l);
	m = 4294967296;
	m = m * 65536 + 1;
	printf("%d\n", m);
	exit(0);
}
