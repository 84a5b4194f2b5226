	/*
 * Assigning 0 deletes an element, so its space is reused: with room for
 * two elements per array, twenty insert/delete cycles leave room for one
 * more.  An element with no room left is a dynamic variable drop, reported
 * as DTrace does; the clause goes on and the element reads as 0.
 *
 * @@trigger: getppid_n 20
 */
#pragma D option quiet
#pragma D option dynvarsize=32

syscall::getppid:entry
/pid == $target/
{
	n++;
	a[n] = 1;
	a[n] = 0;
}

syscall::exit_group:entry
/pid == $target/
{
	a[99] = 5;
	b[1] = 1;
	b[2] = 2;
	b[3] = 3;
	printf("%d %d %d %d\n", n, a[99], b[1] + b[2], b[3]);
	exit(0);
}
