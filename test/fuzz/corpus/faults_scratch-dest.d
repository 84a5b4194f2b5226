	/*
 * bcopy() and copyinto() write only to scratch memory the clause has
 * allocated: another destination is an invalid address fault naming it; so
 * is a bad source.
 *
 * @@opts: -q
 * @@trigger: writemem
 */
syscall::write:entry
/pid == $target/
{
	bcopy(curthread->comm, (void *)0x4000, 8);
}

syscall::write:entry
/pid == $target/
{
	copyinto(arg1, 8, (void *)0x5000);
}

syscall::write:entry
/pid == $target/
{
	bcopy((void *)0x6000, alloca(8), 8);
}

syscall::write:entry
/pid == $target/
{
	printf("done\n");
}
