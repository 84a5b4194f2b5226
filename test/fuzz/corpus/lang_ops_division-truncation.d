	/*
 * Integer division truncates toward zero and % takes the sign of the
 * dividend, also for variables.
 */

#pragma D option quiet

BEGIN
{
	a = -7; b = 2;
	printf("%d %d %d %d\n", a / b, a % b, 7 / -2, 7 % -2);
	exit(0);
}
