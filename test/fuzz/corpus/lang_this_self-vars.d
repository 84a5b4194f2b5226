	/*
 * Thread-local variables are created by assignment to self->name and read
 * back in a later clause.
 */

#pragma D option quiet

BEGIN
{
	self->n = 41;
}

BEGIN
{
	self->n++;
	printf("%d\n", self->n);
	exit(0);
}
