	BEGIN { x = 1 << "a"; exit(0); }

/*
 * << requires integral operands.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
