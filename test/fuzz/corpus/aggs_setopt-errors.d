	/*
 * setopt() that fails reports DTrace's error for the enabled probe and
 * tracing goes on: an unknown option, a bad value, and an option that
 * sizes what is already loaded.
 */
#pragma D option quiet
BEGIN
{
	setopt("nosuchoption", "1");
	setopt("aggsortpos", "first");
	setopt("bufsize", "1m");
	setopt("nosuchflag");
	printf("still tracing\n");
	exit(0);
}
