	struct myinfo { int mi_pid; int mi_other; };
translator struct myinfo < struct task_struct *T > { mi_pid = T->pid; };
BEGIN { x = xlate <struct myinfo *>(curthread)->mi_other; exit(0); }

/*
 * Reading a member of the output type that the translator does not define.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
