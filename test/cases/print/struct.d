/*
 * print() of a struct: "type name = value" lines indented four spaces a
 * level; nested structs in braces; arrays in brackets ("[ "...", ]" for a
 * char array holding a string); enums by name; bit-fields with their
 * width; the closing brace ends without a newline.
 *
 * @@opts: -q
 */

enum color { RED, GREEN = 5, BLUE };

struct inner {
	long b;
	enum color c;
};

struct s {
	int a;
	char name[8];
	struct inner in;
	int arr[3];
	unsigned int bf : 3;
	int bg : 5;
	char ch;
	short sh;
	struct inner two[2];
	void *p;
	union {
		int i;
		char c4[4];
	} u;
	string str;
};

struct s x;

BEGIN
{
	x.a = 1;
	x.name[0] = 'a';
	x.name[1] = 'b';
	x.in.b = 2;
	x.in.c = GREEN;
	x.arr[1] = 7;
	x.bf = 5;
	x.bg = -3;
	x.ch = 'z';
	x.sh = -2;
	x.two[1].c = BLUE;
	x.two[0].b = 9;
	x.u.i = 0x41;
	x.str = "hello";
	print(x);
	printf("|\n");
	print(x.in);
	printf("\n");
	print(x.arr);
	print(x.name);
	print(x.two);
	printf("\n");
	exit(0);
}
