	BEGIN { x = 0128; exit(0); }

/*
 * An octal constant with the digit 8 is rejected.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
