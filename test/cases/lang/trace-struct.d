/*
 * trace() of a struct, union or array records its bytes: they print as a
 * string when they are printable characters then NULs only, as an integer
 * when the object is 1, 2, 4 or 8 bytes, else as a hex dump (offsets,
 * 16 bytes a row, the printable characters beside them).
 *
 * @@opts: -q
 */

struct text {
	int tag;
	char s[12];
};

struct bin {
	int a;
	long b;
	char c[20];
};

struct pair {
	int a;
	int b;
};

union u {
	short h;
	char c[2];
};

struct text t;
struct bin b;
struct pair p;
union u un;
int arr[5];

BEGIN
{
	t.tag = 0x44434241;
	t.s[0] = 'h';
	t.s[1] = 'i';
	b.a = 1;
	b.b = -1;
	b.c[0] = 'x';
	b.c[19] = 'y';
	p.a = 1;
	p.b = 2;
	un.h = 0x0102;
	arr[0] = 0x30;
	arr[4] = 0x7f;
	trace(t);
	printf("|\n");
	trace(b);
	printf("|\n");
	trace(p);
	printf("|\n");
	trace(un);
	printf("|\n");
	trace(arr);
	printf("|\n");
	exit(0);
}
