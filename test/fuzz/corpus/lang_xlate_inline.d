	/*
 * An inline can hold a translated pointer, giving a named view of the
 * current thread.
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

inline struct myinfo *me = xlate <struct myinfo *>(curthread);

BEGIN
{
	printf("%d %s\n", me->mi_pid == pid, me->mi_comm);
	exit(0);
}
