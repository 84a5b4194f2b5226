	/* outer /* inner */
BEGIN { exit(0); }

/*
 * Comments do not nest.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
