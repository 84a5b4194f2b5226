	/*
 * The symbols DTrace defines for the preprocessor; GCC's are not there.
 *
 * @@opts: -q -C
 */
BEGIN
{
#if defined(__linux) && defined(__unix) && defined(__SVR4) && defined(__SUNW_D_64)
	printf("system symbols\n");
#endif
	printf("__SUNW_D=%d __SUNW_D_VERSION=%x\n", __SUNW_D, __SUNW_D_VERSION);
#ifdef __GNUC__
	printf("__GNUC__ defined\n");
#endif
	exit(0);
}
