	/*
 * A char array can be cast to string.
 */

#pragma D option quiet

BEGIN
{
	s = (string)curthread->comm;
	printf("%s %d\n", s, s == execname);
	exit(0);
}
