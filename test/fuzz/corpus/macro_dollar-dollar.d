	/*
 * $$n is always a string, even when the argument looks like a number.
 *
 * @@opts: -q
 * @@args: 42 execname
 */
BEGIN
{
	printf("%s %s %d\n", $$1, $$2, $$1 == "42");
	exit(0);
}
