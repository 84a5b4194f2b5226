	struct s { int a; };
struct s v;

BEGIN
{
	trace((int)v);
}

/*
 * A cast between a struct and an integer is invalid: D_CAST_INVAL, with
 * the operand type first and the target type second.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
