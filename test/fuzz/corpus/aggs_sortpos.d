	/*
 * printa() of several aggregations orders the rows by every aggregation's
 * value in turn, starting with the one at aggsortpos (wrapping round),
 * then by key; setopt() changes the option while tracing, and aggsortrev
 * reverses the whole order.  A position past the last aggregation sorts
 * from the first.
 */
#pragma D option quiet
BEGIN
{
	@a[1] = sum(5); @a[2] = sum(5); @a[3] = sum(1); @a[4] = sum(9);
	@b[1] = sum(7); @b[2] = sum(3); @b[3] = sum(3); @b[4] = sum(3);
	@c[1] = sum(2); @c[2] = sum(2); @c[3] = sum(8);
	printa("%d %@d %@d %@d\n", @a, @b, @c);
	printf("pos 1\n");
	setopt("aggsortpos", "1");
	printa("%d %@d %@d %@d\n", @a, @b, @c);
	printf("pos 2\n");
	setopt("aggsortpos", "2");
	printa("%d %@d %@d %@d\n", @a, @b, @c);
	printf("pos 2, reversed\n");
	setopt("aggsortrev");
	printa("%d %@d %@d %@d\n", @a, @b, @c);
	printf("pos 7 (past the last), not reversed\n");
	setopt("aggsortrev", "no");
	setopt("aggsortpos", "7");
	printa("%d %@d %@d %@d\n", @a, @b, @c);
	exit(0);
}
