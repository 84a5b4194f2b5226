	/*
 * stringof() turns the char array curthread->comm into a string equal to
 * execname.
 */

#pragma D option quiet

BEGIN
{
	printf("%d\n", stringof(curthread->comm) == execname);
	printf("%s\n", stringof(curthread->comm));
	exit(0);
}
