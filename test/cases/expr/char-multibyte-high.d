/*
 * Multi-byte character constants whose bytes have the top bit set: the
 * bytes are shifted in as unsigned (no overflow), the constant is an int.
 * @@opts: -q
 */
BEGIN
{
	printf("%d %d %x\n", '\xff\xff\xff\xff\xff\xff\xff\xff', '\xff\xff', '\x7f\xff');
	exit(0);
}
