	int a[];
BEGIN { exit(0); }

/*
 * An array declaration needs a dimension or a key signature.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
