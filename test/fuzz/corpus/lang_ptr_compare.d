	/*
 * Pointers of the same type can be compared; any pointer can be compared
 * with a void pointer.
 */

#pragma D option quiet

BEGIN
{
	this->p = (int *)16;
	this->q = (int *)32;
	printf("%d %d %d %d\n", this->p < this->q, this->p == this->p,
	    this->p != this->q, this->q >= this->p);
	printf("%d\n", (void *)16 == this->p);
	exit(0);
}
