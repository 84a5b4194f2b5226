	struct s { int a; };
struct s v;

BEGIN
{
	printf("%d\n", v);
}

/*
 * A struct for a %d conversion: D_PRINTF_ARG_TYPE, naming the struct type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
