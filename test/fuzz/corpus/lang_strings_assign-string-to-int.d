	int x;
BEGIN { x = "abc"; exit(0); }

/*
 * A string cannot be assigned to a variable declared int.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
