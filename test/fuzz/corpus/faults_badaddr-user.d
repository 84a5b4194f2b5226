	/*
 * copyin() and copyinto() of a bad user address are invalid address
 * faults naming the address.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */
syscall::getppid:entry
/pid == $target/
{
	trace(*(int *)copyin(0x1000, 4));
}

syscall::getppid:entry
/pid == $target/
{
	copyinto(0x3000, 8, alloca(8));
}

syscall::getppid:entry
/pid == $target/
{
	printf("after\n");
	exit(0);
}
