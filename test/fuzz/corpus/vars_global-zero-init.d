	/*
 * Globals start at zero: the END clause declares x (first in program
 * order); BEGIN reads it before anything was stored.
 *
 * @@opts: -q
 */

END
{
	x = 1;
}

BEGIN
{
	printf("x = %d\n", x);
	exit(0);
}
