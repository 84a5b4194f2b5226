	/*
 * Clause-local strings compare by value.
 */

#pragma D option quiet

BEGIN
{
	this->a = "x";
	this->b = "x";
	printf("%d %d\n", this->a == this->b, this->a == "y");
	exit(0);
}
