	struct s { int a; };
struct s v;

BEGIN
{
	trace(stringof(v));
}

/*
 * stringof of a struct: D_STRINGOF_TYPE, naming the type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
