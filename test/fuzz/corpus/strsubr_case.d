	/*
 * toupper() and tolower() change ASCII letters only; -xstrsize cuts the
 * result as it cuts every string.
 */
#pragma D option quiet

BEGIN
{
	s = "Hello, World! 123 [az] {AZ} @`";
	printf("[%s]\n[%s]\n", toupper(s), tolower(s));
	printf("[%s] [%s]\n", toupper(""), tolower(toupper(execname)));
	exit(0);
}
