	/*
 * END sees the values of globals set in BEGIN.
 */

#pragma D option quiet

BEGIN
{
	x = 42;
	s = "kept";
	exit(0);
}

END
{
	printf("%d %s\n", x, s);
}
