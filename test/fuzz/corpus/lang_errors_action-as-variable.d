	BEGIN { x = printf; exit(0); }

/*
 * An action name cannot be used as a variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
