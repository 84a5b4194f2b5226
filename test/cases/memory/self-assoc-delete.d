/*
 * Assigning 0 to a thread-local associative array element deletes it: with
 * room for one element, a new key every time fits only if the last one was
 * deleted (a full array would show dynamic variable drops on stderr).
 *
 * @@opts: -q -x dynvarsize=24
 * @@trigger: getppid_n 50
 */
BEGIN
{
	i = 0;
}

syscall::getppid:entry
/pid == $target/
{
	self->a[i] = i + 100;
	kept += self->a[i] == i + 100;
	self->a[i] = 0;
	unset += self->a[i] == 0;
	i++;
}

syscall::exit_group:entry
/pid == $target/
{
	printf("%d %d\n", kept, unset);
	exit(0);
}
