	/*
 * A clause runs only when its predicate is non-zero.
 *
 * @@opts: -q
 */

BEGIN
/0/
{
	printf("predicate 0 ran\n");
}

BEGIN
/1/
{
	printf("predicate 1 ran\n");
}

BEGIN
/2 > 1 && 3 != 3/
{
	printf("false expression ran\n");
}

BEGIN
/-1/
{
	printf("predicate -1 ran\n");
	exit(0);
}
