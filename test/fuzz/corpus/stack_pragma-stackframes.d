	/*
 * The stackframes option set by a pragma: stack() records two frames.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */
#pragma D option stackframes=2

syscall::getppid:entry
/pid == $target/
{
	stack();
}
