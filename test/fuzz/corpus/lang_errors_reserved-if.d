	BEGIN { if = 1; exit(0); }

/*
 * if is a reserved word and cannot name a variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
