	string s;
BEGIN { s = 1; exit(0); }

/*
 * An integer cannot be assigned to a variable declared string.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
