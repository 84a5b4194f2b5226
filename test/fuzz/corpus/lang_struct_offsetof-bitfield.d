	struct bf { unsigned int a : 3; unsigned int b : 5; };
BEGIN { y = offsetof(struct bf, b); exit(0); }

/*
 * offsetof cannot be applied to a bit-field.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
