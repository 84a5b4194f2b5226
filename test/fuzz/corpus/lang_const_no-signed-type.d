	BEGIN { x = 18446744073709551615; exit(0); }

/*
 * An unsuffixed decimal constant above the long range cannot be
 * represented: decimal constants without a u suffix are never unsigned.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
