	/*
 * Clause-local variables as in the Variables chapter: a typed this->
 * variable set in the first clause for a probe and incremented by the
 * later ones.
 */

#pragma D option quiet

int me;
this int foo;

BEGIN
{
	this->foo = (me % 3 == 0) ? 10 : this->foo;
	printf("Clause 1 is number %d; foo is %d\n", me++ % 3, this->foo++);
}

BEGIN
{
	this->foo = (me % 3 == 0) ? 10 : this->foo;
	printf("Clause 2 is number %d; foo is %d\n", me++ % 3, this->foo++);
}

BEGIN
{
	this->foo = (me % 3 == 0) ? 10 : this->foo;
	printf("Clause 3 is number %d; foo is %d\n", me++ % 3, this->foo++);
	exit(0);
}
