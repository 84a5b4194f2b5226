	/*
 * Not quiet, trace() of a struct that holds a string pads it as "  %-33s";
 * a hex dump starts on a line of its own and the record's newline follows
 * it.
 *
 * @@cpu: 0
 */

struct text {
	char s[12];
	int n;
};

struct text t;
int arr[5];

BEGIN
{
	t.s[0] = 'o';
	t.s[1] = 'k';
	trace(t);
	trace(1);
}

BEGIN
{
	arr[1] = 0x41;
	trace(arr);
}

BEGIN
{
	exit(0);
}
