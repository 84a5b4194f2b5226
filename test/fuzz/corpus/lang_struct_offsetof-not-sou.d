	BEGIN { y = offsetof(int, a); exit(0); }

/*
 * offsetof needs a struct or union type.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
