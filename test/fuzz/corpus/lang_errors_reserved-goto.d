	BEGIN { x = goto; exit(0); }

/*
 * goto is reserved in D.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
