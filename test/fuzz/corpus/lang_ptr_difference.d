	/*
 * Subtracting two pointers of the same type gives the number of objects
 * between them.
 */

#pragma D option quiet

BEGIN
{
	this->p = (int *)100;
	this->q = this->p + 5;
	printf("%d %d\n", this->q - this->p, this->p - this->q);
	exit(0);
}
