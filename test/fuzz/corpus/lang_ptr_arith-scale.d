	/*
 * Adding an integer to a pointer advances it by that many objects of the
 * pointed-to type.
 */

#pragma D option quiet

BEGIN
{
	this->ip = (int *)0;
	this->lp = (long *)0;
	this->cp = (char *)0;
	printf("%d %d %d\n", (uintptr_t)(this->ip + 3), (uintptr_t)(this->lp + 2),
	    (uintptr_t)(this->cp + 5));
	printf("%d\n", (uintptr_t)(this->ip + 3 - 1));
	exit(0);
}
