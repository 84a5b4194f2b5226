	/*
 * Clause-local variables keep their values across the clauses for one
 * firing of a probe: each clause here increments the value set by the
 * first one.
 */

#pragma D option quiet

this int foo;

BEGIN
{
	this->foo = 10;
	printf("first: %d\n", this->foo++);
}

BEGIN
{
	printf("second: %d\n", this->foo++);
}

BEGIN
{
	printf("third: %d\n", this->foo);
	exit(0);
}
