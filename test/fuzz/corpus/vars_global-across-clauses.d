	/*
 * A global set in BEGIN clauses keeps its value until END.
 *
 * @@opts: -q
 */

BEGIN
{
	total = 40;
}

BEGIN
{
	total += 2;
	other = total * 10;
	exit(0);
}

END
{
	printf("%d %d\n", total, other);
}
