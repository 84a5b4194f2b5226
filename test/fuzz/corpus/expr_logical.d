	/*
 * && || ! yield 1 or 0, and && and || do not evaluate their right operand
 * when the left one decides: the divisions by zero below are never done (a
 * fault would abort the clause and print an error).
 *
 * @@opts: -q
 */

BEGIN
{
	a = 3;
	z = 0;
	printf("%d %d %d %d\n", a && z, a || z, !a, !z);
	printf("%d\n", z != 0 && 10 / z > 1);
	printf("%d\n", a > 0 || 10 / z > 1);
	exit(0);
}
