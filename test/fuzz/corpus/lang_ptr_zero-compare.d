	/*
 * A pointer compares equal to the constant 0 when it is NULL.
 */

#pragma D option quiet

BEGIN
{
	this->p = (int *)0;
	printf("%d %d\n", this->p == 0, curthread != 0);
	exit(0);
}
