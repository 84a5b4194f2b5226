	/*
 * xlate to a pointer type translates curthread through a user-defined
 * translator; -> then reads translated members.
 */

#pragma D option quiet

struct myinfo {
	int mi_pid;
	int mi_tid;
	int mi_twice;
	string mi_comm;
};

translator struct myinfo < struct task_struct *T > {
	mi_pid = T->tgid;
	mi_tid = T->pid;
	mi_twice = T->tgid * 2;
	mi_comm = stringof(T->comm);
};

BEGIN
{
	printf("%d %d\n", xlate <struct myinfo *>(curthread)->mi_pid == pid,
	    xlate <struct myinfo *>(curthread)->mi_tid == tid);
	exit(0);
}
