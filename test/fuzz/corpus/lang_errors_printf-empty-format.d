	BEGIN { printf(""); exit(0); }

/*
 * The format of printf() cannot be empty.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
