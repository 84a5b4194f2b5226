	/*
 * speculate( ) in an if statement speculates only when its branch runs;
 * with both if statements and a speculation, the record keeps which
 * actions ran.
 */
#pragma D option quiet

BEGIN
{
	s = speculation();
}

BEGIN
{
	if (s == 1) {
		speculate(s);
	}
	printf("held %d\n", s);
}

BEGIN
{
	if (s == 2) {
		speculate(s);
	}
	printf("not held\n");
}

BEGIN
{
	speculate(s);
	if (s == 1) {
		printf("then\n");
	} else {
		printf("else\n");
	}
	trace("after the if\n");
}

BEGIN
{
	commit(s);
}

BEGIN
{
	exit(0);
}
