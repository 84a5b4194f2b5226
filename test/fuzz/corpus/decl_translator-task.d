	/*
 * A translator from the kernel's task_struct to a declared struct with a
 * string member; xlate of curthread gives the current process's values,
 * and a pointer chain through real_parent reaches the parent.
 */
#pragma D option quiet

struct myinfo {
	int mi_pid;
	string mi_name;
	int mi_ppid;
};

translator struct myinfo < struct task_struct *T > {
	mi_pid = T->tgid;
	mi_name = T->comm;
	mi_ppid = T->real_parent->tgid;
};

struct task_struct *p;

BEGIN
{
	printf("%d\n", xlate <struct myinfo *>(curthread)->mi_pid == pid);
	printf("%s\n", xlate <struct myinfo *>(curthread)->mi_name);
	printf("%d\n", xlate <struct myinfo *>(curthread)->mi_ppid == ppid);
	p = curthread;
	printf("%d\n", p->real_parent->tgid == ppid);
	printf("%s\n", stringof(curthread->comm));
	exit(0);
}
