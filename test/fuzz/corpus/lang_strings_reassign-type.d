	BEGIN { x = 1; x = "abc"; exit(0); }

/*
 * A variable that first held an int cannot later be assigned a string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
