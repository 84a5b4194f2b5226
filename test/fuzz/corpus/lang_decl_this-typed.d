	/*
 * A clause-local variable declared char truncates what is assigned to it.
 */

#pragma D option quiet

this char c;
this long l;

BEGIN
{
	this->c = 300;
	this->l = 1;
	printf("%d %d %d\n", this->c, sizeof(this->c), sizeof(this->l));
	exit(0);
}
