	/*
 * Not quiet, when the -c command exits normally dtrace says
 * "dtrace: pid N has exited" on stderr, and exits 0.
 *
 * @@trigger: getppid_n 1
 */

syscall::getppid:entry
/pid == $target/
{
}
