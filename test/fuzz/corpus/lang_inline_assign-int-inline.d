	inline int A = 1;
BEGIN { A = 2; exit(0); }

/*
 * An integer inline is a constant: it cannot be assigned.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
