	struct bf { unsigned int a : 3; };
struct bf x;
BEGIN { y = sizeof(x.a); exit(0); }

/*
 * sizeof cannot be applied to a bit-field.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
