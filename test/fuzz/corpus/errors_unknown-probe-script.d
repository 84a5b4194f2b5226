	syscall::nosuchsyscall:entry { exit(0); }

/*
 * A probe description that matches no probe is an error (without -Z), with
 * the description written out in full (provider:module:function:name).
 *
 * @@exit: 1
 */
