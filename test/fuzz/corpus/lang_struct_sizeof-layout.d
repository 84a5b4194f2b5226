	/*
 * Struct members are aligned to their natural alignment, as in C.
 */

#pragma D option quiet

struct s1 { char c; int i; };
struct s2 { char a; char b; };
struct s3 { char c; long l; };
struct s4 { short s; char c; int i; };

BEGIN
{
	printf("%d %d %d %d\n", sizeof(struct s1), sizeof(struct s2),
	    sizeof(struct s3), sizeof(struct s4));
	exit(0);
}
