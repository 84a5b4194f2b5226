	/*
 * A probe description using an argument that was not given is invalid.
 *
 * @@opts: -x errtags
 * @@args: getppid
 * @@exit: 1
 */
syscall::$2:entry
{
	trace($1);
}
