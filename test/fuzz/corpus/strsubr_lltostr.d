	/*
 * lltostr(n [, base]) as illumos dtrace_dif_subr writes it: base 10 with a
 * '-' for negative numbers; other bases the 64-bit two's complement
 * digits, in lower case, with "0x" in front in base 16 and "0" in base 8.
 */
#pragma D option quiet

BEGIN
{
	printf("[%s] [%s] [%s]\n", lltostr(0), lltostr(-1), lltostr(1234567890123));
	printf("[%s] [%s]\n", lltostr(9223372036854775807), lltostr(-9223372036854775807 - 1));
	printf("[%s] [%s] [%s]\n", lltostr(255, 16), lltostr(0, 16), lltostr(-1, 16));
	printf("[%s] [%s] [%s]\n", lltostr(8, 8), lltostr(0, 8), lltostr(5, 2));
	printf("[%s] [%s] [%s]\n", lltostr(35, 36), lltostr(-10, 10), lltostr(100, 3));
	printf("[%s]\n", lltostr(-1, 2));
	printf("[%s]\n", strjoin(lltostr(pid - pid), "!"));
	exit(0);
}
