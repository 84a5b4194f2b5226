	/*
 * The conditional operator can select between strings.
 */

#pragma D option quiet

BEGIN
{
	x = 1;
	s = x ? "yes" : "no";
	t = !x ? "yes" : "no";
	printf("%s %s\n", s, t);
	exit(0);
}
