	/*
 * Conversions to the fixed-width typedefs truncate and sign- or zero-
 * extend like the underlying C types.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %u\n", (int8_t)200, (uint8_t)300);
	printf("%d %u\n", (int16_t)40000, (uint16_t)-2);
	printf("%d %u\n", (int32_t)0x80000000, (uint32_t)-3);
	printf("%d %u\n", (int64_t)-5, (uint64_t)-5);
	exit(0);
}
