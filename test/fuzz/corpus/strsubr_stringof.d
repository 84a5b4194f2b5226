	/*
 * stringof(): a char array, a char pointer, or an integer holding a
 * kernel address, as a string; what it makes can go to the string
 * subroutines.  A bad address faults (last clause).
 */
#pragma D option quiet

BEGIN
{
	this->a = (long)&curthread->comm[0];
	printf("%s|%s|%s\n", stringof(curthread->comm), stringof(this->a),
	    toupper(stringof((char *)this->a)));
	printf("%d|%s\n", strlen(stringof(this->a)), substr(stringof(curthread->comm), 2));
}

BEGIN
{
	printf("%s\n", stringof(8));
}

BEGIN
{
	exit(0);
}
