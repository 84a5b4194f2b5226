	/*
 * xlate to a struct type; . reads translated members, computed and string
 * ones included.
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
	printf("%d %s\n", xlate <struct myinfo>(curthread).mi_twice == pid * 2,
	    xlate <struct myinfo>(curthread).mi_comm);
	exit(0);
}
