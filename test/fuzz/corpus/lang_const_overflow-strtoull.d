	BEGIN { x = 18446744073709551616; exit(0); }

/*
 * A constant too large for 64 bits overflows.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
