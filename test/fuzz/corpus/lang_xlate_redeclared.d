	struct myinfo { int mi_pid; };
translator struct myinfo < struct task_struct *T > { mi_pid = T->pid; };
translator struct myinfo < struct task_struct *T > { mi_pid = T->tgid; };
BEGIN { exit(0); }

/*
 * Only one translator can exist for a given pair of types.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
