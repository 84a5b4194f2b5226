/*
 * With the largest strsize the subroutines still verify and run: their
 * loops over a string's bytes are bpf_loop() callbacks, checked once.
 *
 * @@opts: -xstrsize=4096
 */
#pragma D option quiet

BEGIN
{
	s = "/usr/./lib/../share//zoneinfo/UTC";
	printf("%s|%s|%s\n", substr(s, 5), toupper(s), basename(s));
}

BEGIN
{
	printf("%s|%s|%d\n", dirname(s), cleanpath(s), index(s, "zone"));
}

BEGIN
{
	printf("%s|%s|%d\n", strstr(s, "share"), strrchr(s, '/'), rindex(s, "/"));
}

BEGIN
{
	printf("%s|%s|%s\n", strtok(s, "/"), strtok(NULL, "/"), lltostr(strlen(s)));
	exit(0);
}
