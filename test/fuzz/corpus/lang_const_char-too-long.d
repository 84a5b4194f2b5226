	BEGIN { x = 'abcdefghi'; exit(0); }

/*
 * A character constant of more than 8 characters does not fit in an
 * integer.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
