	BEGIN /nosuch > 0/ { exit(0); }

/*
 * A predicate can only use variables that exist.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
