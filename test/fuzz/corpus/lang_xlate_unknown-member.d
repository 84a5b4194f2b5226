	struct myinfo { int mi_pid; };
translator struct myinfo < struct task_struct *T > { nosuch = T->pid; };
BEGIN { exit(0); }

/*
 * A translator can only define members of its output type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
