	/*
 * ++ on a variable never assigned before creates it as an int, starting at 0.
 *
 * @@opts: -q
 */

BEGIN
{
	c++;
	c++;
	c += 40;
	printf("%d\n", c);
	exit(0);
}
