foo_t x;
BEGIN { exit(0); }

/*
 * An unknown type name is just an identifier, so the declaration is a
 * syntax error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG unknown type name taken as probe description
 */
