	/*
 * -D name=value and -D name (defined as 1).
 *
 * @@opts: -q -C -D VAL=5 -DFLAG
 */
BEGIN
{
	printf("%d %d\n", VAL, FLAG);
	exit(0);
}
