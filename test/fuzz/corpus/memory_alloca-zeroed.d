	/*
 * alloca() returns zeroed scratch memory, 8-byte aligned, each allocation
 * after the last (rounded up to 8 bytes); reads through the pointer work.
 *
 * @@opts: -q
 */
BEGIN
{
	this->a = alloca(16);
	this->b = alloca(3);
	this->c = alloca(8);
	printf("%d %d\n", *(long *)this->a, *(long *)((char *)this->a + 8));
	printf("%d %d %d\n", (uint64_t)this->b - (uint64_t)this->a,
	    (uint64_t)this->c - (uint64_t)this->b, (uint64_t)this->a % 8);
	exit(0);
}
