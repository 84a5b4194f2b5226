	/*
 * A thread-local variable can be declared with an explicit type.
 */

#pragma D option quiet

self short s;

BEGIN
{
	self->s = 70000;
	printf("%d %d\n", self->s, sizeof(self->s));
	exit(0);
}
