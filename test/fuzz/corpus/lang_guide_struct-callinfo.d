	/*
 * A struct used as the value of an associative array keyed by string, as
 * in the Structs and Unions chapter.
 */

#pragma D option quiet

struct callinfo {
	uint64_t ts;
	uint64_t elapsed;
	uint64_t calls;
	size_t maxbytes;
};

struct callinfo i[string];

BEGIN
{
	i["read"].calls++;
	i["read"].calls++;
	i["read"].maxbytes = 512;
	i["write"].calls = 7;
	printf("%d %d %d\n", i["read"].calls, i["read"].maxbytes,
	    i["write"].calls);
	exit(0);
}
