	BEGIN { exit(); }

/*
 * exit() takes exactly one argument.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
