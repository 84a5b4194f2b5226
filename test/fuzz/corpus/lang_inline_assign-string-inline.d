	inline string S = "x";
BEGIN { S = "y"; exit(0); }

/*
 * A string inline is not a writable variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
