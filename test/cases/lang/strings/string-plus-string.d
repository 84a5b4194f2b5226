BEGIN { x = "a" + "b"; exit(0); }

/*
 * Strings cannot be added together.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 * @@skip: KNOWN-BUG string arithmetic message wording/tag
 */
