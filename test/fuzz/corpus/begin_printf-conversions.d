	/*
 * The rest of printf's conversions: %p (hex, no 0x), %c and %C (escaped),
 * %s and %S (escaped), the length-modified integers, %? (pointer-wide
 * width), %P (a port's service name, else its number), %I with something
 * that is not an address (printed as it is), %lc/%wc and %%.
 */
#pragma D option quiet
BEGIN
{
	printf("[%p] [%p] [%12p] [%-6p|]\n", (void *)0x1234, 0, 0xff, 1);
	printf("[%c] [%3c] [%C] [%C] [%C]\n", 65, 'b', 10, 'A', 7);
	printf("[%s] [%S] [%.2S]\n", "a\tb", "a\tb\\c\n", "x\ny");
	printf("[%hhd] [%hhu] [%hd] [%hu] [%hx]\n", (char)-1, (unsigned char)200, (short)-2,
	    (unsigned short)65535, (short)-1);
	printf("[%ld] [%lu] [%lx] [%lld] [%llu] [%llx] [%llX]\n", (long)-3, 5ul, (long)-1,
	    (long long)-4, 18446744073709551615ull, 255ll, 255ll);
	printf("[%?d] [%?x] [%-?d|]\n", 5, 255, 7);
	printf("[%P] [%P] [%8P] [%-6P|]\n", (uint16_t)22, (uint16_t)65000, (uint16_t)80, (uint16_t)9);
	printf("[%I] [%12I] [%I]\n", "not.an.address", "1.2.3", "a:b:c");
	printf("[%lc] [%wc] [%%] [100%%]\n", 65, 66);
	exit(0);
}
