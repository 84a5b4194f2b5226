	/*
 * A copyinstr() that must wait for the return of openat() (its page not
 * mapped in yet, see coldpath) keeps the firing's order and context: the
 * clauses before it print at once, it and the clauses after it print in
 * program order before the return's, with the entry's arguments, errno,
 * probe names and this-> variables.  Its length argument works there too.
 *
 * @@trigger: coldpath
 */
#pragma D option quiet

syscall::openat:entry
/pid == $target/
{
	this->x = 42;
	printf("first %d\n", arg0);
}

syscall::openat:entry
/pid == $target/
{
	printf("%s|%s|%d|%d\n", copyinstr(arg1), copyinstr(arg1, 4), this->x, errno);
	n++;
}

syscall::openat:entry
/pid == $target && strlen(copyinstr(arg1)) == 13/
{
	printf("%s:%s %d\n", probefunc, probename, n);
}

syscall::openat:return
/pid == $target/
{
	printf("%s:%s %d\n", probefunc, probename, arg0 >= 0);
}

syscall::exit_group:entry
/pid == $target/
{
	exit(0);
}
