BEGIN { timestamp++; exit(0); }

/*
 * ++ cannot modify a built-in variable.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG read-only variable message wording
 */
