	/*
 * htons/htonl/htonll and ntohs/ntohl/ntohll: byte swaps on this
 * little-endian machine, of the low 16, 32 or 64 bits (uint16_t,
 * uint32_t, uint64_t, as DTrace declares them).
 */
#pragma D option quiet

BEGIN
{
	printf("%x %x %x\n", htons(0x1234), htonl(0x12345678), htonll(0x0102030405060708));
	printf("%x %x %x\n", ntohs(0xabcd1234), ntohl(0xff12345678), ntohll(0xff));
	printf("%d %d\n", sizeof(htons(1)), sizeof(htonl(1)));
	printf("%d\n", ntohs(htons(8080)));
	exit(0);
}
