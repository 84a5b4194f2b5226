/*
 * stack() at a system call's entry: the syscall provider runs on the
 * raw_syscalls sys_enter tracepoint, so the kernel stack starts where the
 * kernel traces the call (the probe's own frames are left out), each frame
 * on its own line, indented 14 spaces, as module`function+0xoffset.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */
syscall::getppid:entry
/pid == $target/
{
	stack();
}
