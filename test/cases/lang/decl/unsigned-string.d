unsigned string s;
BEGIN { exit(0); }

/*
 * unsigned can only modify integer types.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG unsigned string reported as invalid combination
 */
