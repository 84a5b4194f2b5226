	/*
 * One clause can list several probe descriptions separated by commas; it
 * runs for each of them.
 */

#pragma D option quiet

BEGIN, END
{
	printf("%s\n", probename);
}

BEGIN
{
	exit(0);
}
