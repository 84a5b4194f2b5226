	/*
 * String == and != in predicates, on built-in variables and literals.
 *
 * @@opts: -q
 */

BEGIN
/probename == "BEGIN"/
{
	printf("probename == \"BEGIN\"\n");
}

BEGIN
/probename != "BEGIN"/
{
	printf("probename != \"BEGIN\"\n");
}

BEGIN
/probeprov != "syscall"/
{
	printf("probeprov != \"syscall\"\n");
}

BEGIN
/"abc" == "abd"/
{
	printf("\"abc\" == \"abd\"\n");
}

BEGIN
/"abc" != "abcd"/
{
	printf("\"abc\" != \"abcd\"\n");
	exit(0);
}
