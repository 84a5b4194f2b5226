	BEGIN { pid(1); exit(0); }

/*
 * A built-in variable cannot be called.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
