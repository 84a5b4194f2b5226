BEGIN { x = printf; exit(0); }

/*
 * An action name cannot be used as a variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG action name used as variable not diagnosed as bad reference
 */
