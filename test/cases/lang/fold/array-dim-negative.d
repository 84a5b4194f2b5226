int a[2 - 3];
BEGIN { exit(0); }

/*
 * A negative array dimension is rejected.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG array dimension message wording/tag
 */
