	/*
 * Casting an int constant to char keeps the low 8 bits as a signed value:
 * 300 is 44, 128 is -128 and 255 is -1.
 */

#pragma D option quiet

BEGIN
{
	printf("%d %d %d %d\n", (char)300, (char)128, (char)255, (char)-129);
	exit(0);
}
