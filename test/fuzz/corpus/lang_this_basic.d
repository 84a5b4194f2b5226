	/*
 * Clause-local variables are created by assignment to this->name.
 */

#pragma D option quiet

BEGIN
{
	this->x = 5;
	this->y = this->x * 2;
	this->s = "str";
	printf("%d %d %s\n", this->x, this->y, this->s);
	exit(0);
}
