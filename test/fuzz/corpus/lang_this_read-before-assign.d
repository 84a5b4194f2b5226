	BEGIN { trace(this->x); exit(0); }

/*
 * Reading a clause-local variable that was never assigned is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
