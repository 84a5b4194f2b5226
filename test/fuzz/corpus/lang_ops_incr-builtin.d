	BEGIN { timestamp++; exit(0); }

/*
 * ++ cannot modify a built-in variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
