	/*
 * A variable assigned an int constant has type int: it wraps at 32 bits.
 *
 * @@opts: -q
 */

BEGIN
{
	i = 2147483647;
	i++;
	printf("%d\n", i);
	j = 2147483647;
	j = j + 1;
	printf("%d\n", j);
	k = 65536;
	k = k * 65536;
	printf("%d\n", k);
	exit(0);
}
