	/*
 * rand() is a pseudo-random int: over 200 draws every one of its 32 bits
 * is seen both set and clear, and two draws in a row differ.
 *
 * @@opts: -q
 * @@trigger: getppid_n 200
 */
syscall::getppid:entry
/pid == $target/
{
	this->x = rand();
	ones |= this->x & 0xffffffff;
	zeros |= ~this->x & 0xffffffff;
	same += rand() == rand();
}

syscall::exit_group:entry
/pid == $target/
{
	printf("%x %x %d\n", ones, zeros, same);
	exit(0);
}
