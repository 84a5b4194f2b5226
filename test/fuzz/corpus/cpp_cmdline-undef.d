	/*
 * -U removes a definition made by an earlier -D, and a predefined one.
 *
 * @@opts: -q -C -DX=1 -UX -U__linux
 */
BEGIN
{
#ifdef X
	printf("X defined\n");
#else
	printf("X undefined\n");
#endif
#ifdef __linux
	printf("__linux defined\n");
#else
	printf("__linux undefined\n");
#endif
	exit(0);
}
