	BEGIN { trace(); exit(0); }

/*
 * trace() takes exactly one argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
