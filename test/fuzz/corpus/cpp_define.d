	/*
 * -C: object-like and function-like macros, #if and #ifdef.
 *
 * @@opts: -q -C
 */
#define VAL 40
#define ADD(a, b) ((a) + (b))

BEGIN
{
#if VAL > 10
	printf("%d\n", ADD(VAL, 2));
#else
	printf("wrong branch\n");
#endif
#ifdef NOT_DEFINED
	printf("not defined is defined\n");
#endif
	exit(0);
}
