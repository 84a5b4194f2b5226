/*
 * A char array can be cast to string.
 * @@skip: KNOWN-BUG cast of char array to string rejected
 */

#pragma D option quiet

BEGIN
{
	s = (string)curthread->comm;
	printf("%s %d\n", s, s == execname);
	exit(0);
}
