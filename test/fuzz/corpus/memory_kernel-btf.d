	/*
 * Kernel pointers typed from BTF: curthread's members, followed through
 * real_parent, agree with the built-in variables.
 *
 * @@opts: -q
 * @@trigger: getppid_n 1
 */
syscall::getppid:entry
/pid == $target/
{
	printf("%d %d %d %s\n", curthread->tgid == pid, curthread->pid == tid,
	    curthread->real_parent->tgid == ppid, stringof(curthread->comm));
	printf("%d\n", curthread->real_parent->real_parent->tgid == curthread->real_parent->real_parent->pid);
	exit(0);
}
