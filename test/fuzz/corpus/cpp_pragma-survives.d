	/*
 * #pragma D lines pass through the preprocessor.
 *
 * @@opts: -C
 */
#pragma D option quiet
#define MSG "quiet\n"

BEGIN
{
	printf(MSG);
	exit(0);
}
