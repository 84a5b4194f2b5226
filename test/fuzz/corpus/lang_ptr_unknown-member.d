	BEGIN { x = curthread->nosuchmember; exit(0); }

/*
 * A member that struct task_struct does not have.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
