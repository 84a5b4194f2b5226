	BEGIN { x = y + 1; exit(0); }

/*
 * Reading a variable that is never assigned anywhere is an error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
