	BEGIN { x = sizeof(struct nosuch); exit(0); }

/*
 * sizeof a struct that was never defined has no meaning.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
