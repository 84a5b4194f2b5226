	#pragma D depends_on provider syscall
#pragma D depends_on provider dtrace
#pragma D depends_on module vmlinux
#pragma D depends_on library net.d
#pragma D attributes Evolving/Evolving/Common provider syscall
#pragma D binding "1.0" myfunc
#pragma D option quiet
#pragma D option strsize=64

BEGIN
{
	printf("%d\n", strlen(strjoin("abc", "def")));
	exit(0);
}

/*
 * depends_on on what this system has, attributes and binding are accepted;
 * options set by pragmas apply.
 */
