	struct bf { unsigned int a : 3; };
struct bf x;
BEGIN { y = &x.a; exit(0); }

/*
 * The address of a bit-field cannot be taken.
 *
 * @@opts: -xerrtags
 * @@exit: 1
 */
