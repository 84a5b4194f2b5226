	translator int < struct task_struct *T > { x = T->pid; };
BEGIN { exit(0); }

/*
 * The output type of a translator must be a struct or union.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
