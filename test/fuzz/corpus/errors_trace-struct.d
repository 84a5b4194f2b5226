	struct s { int a; };
struct s v;

BEGIN
{
	trace(v);
}

/*
 * trace() of a struct: D_PROTO_ARG, trace() takes a scalar or a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
