	/*
 * inet_ntop() of a family other than AF_INET (2) and AF_INET6 (10) is an
 * illegal operation; an address that cannot be read faults with it.
 */
#pragma D option quiet

BEGIN
{
	printf("%s\n", inet_ntop(7, (void *)0));
}

BEGIN
{
	printf("%s\n", inet_ntoa((ipaddr_t *)16));
}

BEGIN
{
	printf("next clause\n");
	exit(0);
}
