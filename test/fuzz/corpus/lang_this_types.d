	/*
 * A clause-local variable takes the type of the first value assigned to
 * it.
 */

#pragma D option quiet

BEGIN
{
	this->c = (char)65;
	this->l = 1L;
	this->i = 1;
	printf("%d %d %d %c\n", sizeof(this->c), sizeof(this->l), sizeof(this->i),
	    this->c);
	exit(0);
}
