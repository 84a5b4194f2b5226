	BEGIN { x = curthread.pid; exit(0); }

/*
 * The . operator cannot be applied to a pointer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
