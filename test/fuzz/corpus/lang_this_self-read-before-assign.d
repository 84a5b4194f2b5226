	BEGIN { trace(self->x); exit(0); }

/*
 * Reading a thread-local variable that was never assigned is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
