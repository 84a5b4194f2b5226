this int a[int];
BEGIN { exit(0); }

/*
 * A clause-local variable cannot be an associative array.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG local assoc declaration message wording/tag
 */
