/*
 * print() of scalars shows the type, then the value: integers in hex
 * (0 without a prefix; negative values as their unsigned bits), chars
 * quoted ('\NNN' in octal when not printable), strings in quotes, pointers
 * in hex.
 *
 * @@opts: -q
 */

BEGIN
{
	print(10);
	print(0);
	print(-1);
	print((char)65);
	print((char)0);
	print((char)10);
	print((char)-1);
	print((unsigned char)200);
	print((short)-2);
	print((unsigned short)65535);
	print((unsigned int)3000000000);
	print((long)-1);
	print((unsigned long long)0x123456789);
	print((int8_t)-1);
	print((uint64_t)42);
	print("foo");
	print("");
	print((void *)0);
	print((int *)16);
	this->s = "bar";
	print(this->s);
	print(1 + 2);
	exit(0);
}
