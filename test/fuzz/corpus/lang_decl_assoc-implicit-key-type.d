	BEGIN { a[1] = 1; a["x"] = 2; exit(0); }

/*
 * The first use of an associative array fixes its key types.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
