	/*
 * Not quiet, when the -c command exits with a non-zero status dtrace says
 * "dtrace: pid N exited with status S"; dtrace's own status is still 0.
 *
 * @@trigger: exitcode 3
 */

syscall::exit_group:entry
/pid == $target/
{
}
