	BEGIN { s = "a"; s += 1; exit(0); }

/*
 * += is not defined for strings.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
