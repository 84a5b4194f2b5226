	inline int Z = 0;
BEGIN { x = 1 / Z; exit(0); }

/*
 * An integer inline equal to zero used as a divisor is a division by zero.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
