	BEGIN { x = "a" % 2; exit(0); }

/*
 * % requires integral operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
