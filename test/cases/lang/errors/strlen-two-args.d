BEGIN { x = strlen("a", "b"); exit(0); }

/*
 * A function called with too many arguments.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG strlen() not implemented
 */
