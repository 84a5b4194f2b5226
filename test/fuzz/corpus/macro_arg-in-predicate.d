	/*
 * Macro arguments are constants in predicates too.
 *
 * @@opts: -q
 * @@args: 2
 */
BEGIN
/$1 == 1/
{
	printf("one\n");
}

BEGIN
/$1 == 2/
{
	printf("two\n");
}

BEGIN
{
	exit(0);
}
