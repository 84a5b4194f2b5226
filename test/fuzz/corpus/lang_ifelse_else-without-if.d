	BEGIN { else printf("x"); exit(0); }

/*
 * else without a preceding if is a syntax error.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
