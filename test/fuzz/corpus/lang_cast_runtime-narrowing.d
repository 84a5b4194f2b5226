	/*
 * Casts of variables truncate at run time, as casts of constants do at
 * compile time.
 */

#pragma D option quiet

BEGIN
{
	x = 300;
	y = -1;
	z = 4294967297;
	printf("%d %u %u %d\n", (char)x, (unsigned char)x, (unsigned short)y,
	    (int)z);
	exit(0);
}
