	/*
 * A global declared unsigned char wraps from 255 to 0, and from 0 to 255.
 */

#pragma D option quiet

unsigned char uc;

BEGIN
{
	uc = 255;
	uc++;
	printf("%u\n", uc);
	uc--;
	printf("%u\n", uc);
	exit(0);
}
