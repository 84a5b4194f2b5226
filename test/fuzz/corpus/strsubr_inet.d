	/*
 * inet_ntop(AF_INET6, p) and inet_ntoa6(p) of 16-byte addresses, and
 * inet_ntoa(p) / inet_ntop(AF_INET, p) of their last 4 bytes, as illumos
 * dtrace_dif_subr writes them (expected output derived by following its
 * algorithm by hand): lower-case groups without leading zeros; the longest
 * run of zero bytes starting a group and at least two bytes long (so one
 * zero group too: "1::2:3:4:5:6:7") becomes "::", a later run of the same
 * length winning; IPv4-mapped (::ffff:a.b.c.d) and -compatible (::a.b.c.d,
 * but not :: or ::1) addresses end in dotted decimal, and inet_ntoa6 gives
 * only that part.  DTrace's walk writes "::" only when it meets the run's
 * last group, hence "0:0:0:0:0:0:0.0.0.2".  One address per tick, so that
 * one program holds one call of each.
 */
#pragma D option quiet

uint32_t a[4];
int n;

tick-1ms
/n == 0/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000000);
}

tick-1ms
/n == 1/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000001);
}

tick-1ms
/n == 2/
{
	a[0] = htonl(0xfe800000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000001);
}

tick-1ms
/n == 3/
{
	a[0] = htonl(0x20010db8);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000001);
}

tick-1ms
/n == 4/
{
	a[0] = htonl(0x00010000);
	a[1] = htonl(0x00020003);
	a[2] = htonl(0x00040005);
	a[3] = htonl(0x00060007);
}

tick-1ms
/n == 5/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x0000ffff);
	a[3] = htonl(0x7f000001);
}

tick-1ms
/n == 6/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x01020304);
}

tick-1ms
/n == 7/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000002);
}

tick-1ms
/n == 8/
{
	a[0] = htonl(0x20010db8);
	a[1] = htonl(0x00000001);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000001);
}

tick-1ms
/n == 9/
{
	a[0] = htonl(0x20010db8);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00010000);
	a[3] = htonl(0x00000001);
}

tick-1ms
/n == 10/
{
	a[0] = htonl(0xfe800000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x021c42ff);
	a[3] = htonl(0xfe0b76c8);
}

tick-1ms
/n == 11/
{
	a[0] = htonl(0xffffffff);
	a[1] = htonl(0xffffffff);
	a[2] = htonl(0xffffffff);
	a[3] = htonl(0xffffffff);
}

tick-1ms
/n == 12/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000001);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000000);
}

tick-1ms
/n == 13/
{
	a[0] = htonl(0x10000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0x00000001);
}

tick-1ms
/n == 14/
{
	a[0] = htonl(0x00000000);
	a[1] = htonl(0x00000000);
	a[2] = htonl(0x00000000);
	a[3] = htonl(0xc0a80001);
}

tick-1ms
/n < 15/
{
	printf("%s %s %s %s\n", inet_ntop(10, &a[0]), inet_ntoa6(&a[0]), inet_ntoa(&a[3]),
	    inet_ntop(2, &a[3]));
	n++;
}

tick-1ms
/n == 15/
{
	exit(0);
}
