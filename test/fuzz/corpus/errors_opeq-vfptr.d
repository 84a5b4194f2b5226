	struct s { int a; };
struct s v;

BEGIN
{
	x = 1;
	x += v;
}

/*
 * += with a struct operand: D_OP_VFPTR.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
