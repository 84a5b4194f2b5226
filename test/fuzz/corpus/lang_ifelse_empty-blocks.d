	/*
 * Empty then and else blocks are allowed.
 */

#pragma D option quiet

BEGIN
{
	if (1) {
	} else {
	}
	if (0) {
	}
	printf("ok\n");
	exit(0);
}
