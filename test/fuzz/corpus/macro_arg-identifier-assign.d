	/*
 * An identifier argument names a variable, which may be assigned.
 *
 * @@opts: -q
 * @@args: counter
 */
BEGIN
{
	$1 = 5;
	$1++;
	printf("%d\n", counter);
	exit(0);
}
