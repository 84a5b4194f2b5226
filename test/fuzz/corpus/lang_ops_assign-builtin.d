	BEGIN { pid = 1; exit(0); }

/*
 * Built-in variables such as pid are read-only.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
