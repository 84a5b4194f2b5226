	/*
 * The string subroutines on a real probe: the path a process gives
 * openat(2), read with copyinstr(), taken apart.
 *
 * @@trigger: openpath /usr/./lib/../share//zoneinfo/UTC
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	this->p = copyinstr(arg1);
	printf("%s|%s|%s\n", basename(this->p), dirname(this->p), cleanpath(this->p));
	printf("%s|%s|%d|%d\n", toupper(substr(this->p, 1, 3)), tolower("ZONE"),
	    index(this->p, "share"), rindex(this->p, "/"));
	printf("%s|%s|%s\n", strstr(this->p, "zone"), strrchr(this->p, '/'),
	    substr(this->p, -3));
}

syscall::openat:entry
/pid == $target/
{
	printf("%s|", strtok(copyinstr(arg1), "/"));
	printf("%s|", strtok(NULL, "/"));
	printf("%s|", strtok(NULL, "/"));
	printf("%s\n", strtok(NULL, "/"));
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
