	struct myinfo { int mi_pid; };
translator struct myinfo < struct task_struct *T > { mi_pid = "abc"; };
BEGIN { exit(0); }

/*
 * A translator member must be given a value of a compatible type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
