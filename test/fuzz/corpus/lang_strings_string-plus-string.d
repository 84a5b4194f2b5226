	BEGIN { x = "a" + "b"; exit(0); }

/*
 * Strings cannot be added together.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
