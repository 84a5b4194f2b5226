	translator struct nosuch < struct task_struct *T > { x = T->pid; };
BEGIN { exit(0); }

/*
 * The output type of a translator must be defined.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
